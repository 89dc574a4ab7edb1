// How the server applies a stream's mappers to its fields, to validate them and to say which fields
// reach the destination. Facts read in airbytehq/airbyte-platform (nothing copied):
// - fields: FieldGenerator.getFieldsFromSchema (the top-level `properties` of the stream's JSON
//   schema, after field selection; oneOf/anyOf or several non-null types are MULTI, no type UNKNOWN,
//   strings by format and airbyte_type);
// - conversion of each API mapper (MapperConverters.kt ConfiguredStreamMapper.toInternal): a value
//   the API model cannot take (an unknown hashing method, row-filter operation or encryption
//   algorithm) is a 400 MapperValidationInvalidConfigProblem, a missing one a 400
//   MapperValidationMissingRequiredParamProblem; the row filter takes only EQUAL and NOT;
// - application (DestinationCatalogGenerator.applyMapperToFields, SlimStream): mappers run in order,
//   a failing one is reported and skipped, the next ones see the fields as they were. hashing and
//   encryption turn `targetField` into `targetField + fieldNameSuffix` of type STRING; renaming
//   renames; filtering removes; row filtering leaves the fields as they are (it never looks at
//   them: a condition on a missing field is accepted and drops every record). Renaming onto an
//   existing name is FIELD_ALREADY_EXISTS ("Field X already exists in stream fields"), a missing
//   field FIELD_NOT_FOUND ("Field X not found in stream fields");
// - encryption (EncryptionMapper.schema): `Cipher.getInstance("AES/<mode>/<padding>")` refuses
//   padding with the stream modes CTR and GCM ("Mode M and padding P are incompatible for AES
//   Encryption"); a sample is then encrypted with the hex key and a 16-byte IvParameterSpec, which
//   fails for a key that is not hex of 16, 24 or 32 bytes, for ECB and GCM (which take no such IV)
//   and for CBC without padding (11 sample bytes are no whole block): "Encryption key or parameters
//   are invalid". An RSA public key is hex of an X.509 SubjectPublicKeyInfo (checked here by its
//   DER shape and the rsaEncryption object id, not parsed in full).
import { problem, type MockHttpError } from "../lib/errors";
import type { ApiStreamAndConfiguration, S } from "../lib/types";

type FieldType = S["FieldSpec"]["type"];
export interface Field {
  name: string;
  type: FieldType;
}
type MapperErrorType = S["MapperValidationErrorType"];
interface MapperError {
  type: MapperErrorType;
  message: string;
}

/** The marker a stored secret is answered with; the mock never keeps an AES key (./mappers.ts). */
export const MASKED = "**********";

type Json = Record<string, unknown>;

function stringType(node: Json): FieldType {
  const format = node.format;
  const airbyteType = node.airbyte_type;
  if (format === undefined && airbyteType === undefined) return "STRING";
  if (format === "date") return "DATE";
  if (format === "date-time" && (airbyteType === undefined || airbyteType === "timestamp_with_timezone")) return "TIMESTAMP_WITH_TIMEZONE";
  if (format === "date-time" && airbyteType === "timestamp_without_timezone") return "TIMESTAMP_WITHOUT_TIMEZONE";
  if (format === "time" && airbyteType === "time_without_timezone") return "TIME_WITHOUT_TIMEZONE";
  if (format === "time" && airbyteType === "time_with_timezone") return "TIME_WITH_TIMEZONE";
  return "UNKNOWN";
}

function fieldType(node: unknown): FieldType {
  if (typeof node !== "object" || node === null) return "UNKNOWN";
  const schema = node as Json;
  if ("oneOf" in schema || "anyOf" in schema) return "MULTI";
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => t !== "null" && t !== undefined);
  if (types.length > 1) return "MULTI";
  switch (types[0]) {
    case "boolean":
      return "BOOLEAN";
    case "integer":
      return "INTEGER";
    case "number":
      return schema.airbyte_type === "integer" ? "INTEGER" : "NUMBER";
    case "object":
      return "OBJECT";
    case "array":
      return "ARRAY";
    case "string":
      return stringType(schema);
    default:
      return "UNKNOWN";
  }
}

/** The stream's top-level fields as the server lists them (field selection applied). */
export function streamFields(entry: ApiStreamAndConfiguration): Field[] {
  const properties = (entry.stream.jsonSchema?.properties ?? {}) as Json;
  const selected = entry.config.fieldSelectionEnabled
    ? new Set((entry.config.selectedFields ?? []).map((f) => f.fieldPath?.[0]).filter((name) => name !== undefined))
    : undefined;
  return Object.entries(properties)
    .filter(([name]) => !selected || selected.has(name))
    .map(([name, node]) => ({ name, type: fieldType(node) }));
}

// --- conversion (MapperConverters.kt) -------------------------------------------------------

const HASHING_METHODS = ["MD2", "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512"];
const AES_MODES = ["CBC", "CFB", "OFB", "CTR", "GCM", "ECB"];
const AES_PADDINGS = ["NoPadding", "PKCS5Padding"];

function conversionProblem(missing: boolean, mapper: S["ConfiguredStreamMapper"], message: string): MockHttpError {
  const data = { ...(mapper.id ? { mapperId: mapper.id } : {}), mapperType: String(mapper.type), message };
  return missing
    ? problem(
        400,
        "error:mapper-validation/missing-required-param",
        "Mapper configuration missing required parameter",
        "The mapper configuration is missing a required parameter",
        data,
      )
    : problem(
        400,
        "error:mapper-validation/invalid-config",
        "Invalid Mapper Configuration",
        "The mapper configuration is invalid and cannot be parsed",
        data,
      );
}

function requireStrings(mapper: S["ConfiguredStreamMapper"], config: Json, names: string[]): void {
  for (const name of names)
    if (typeof config[name] !== "string")
      throw conversionProblem(true, mapper, `Parameter specified as non-null is null: parameter ${name}`);
}

function oneOfValues(mapper: S["ConfiguredStreamMapper"], value: unknown, allowed: string[], what: string): void {
  if (!allowed.includes(String(value))) throw conversionProblem(false, mapper, `Unsupported ${what}: ${String(value)}`);
}

function checkCondition(mapper: S["ConfiguredStreamMapper"], operation: unknown): void {
  if (typeof operation !== "object" || operation === null) throw conversionProblem(true, mapper, "conditions is required");
  const op = operation as Json;
  if (op.type === "EQUAL") return requireStrings(mapper, op, ["fieldName", "comparisonValue"]);
  if (op.type === "NOT") {
    if (!Array.isArray(op.conditions))
      throw conversionProblem(true, mapper, "Parameter specified as non-null is null: parameter conditions");
    return op.conditions.forEach((inner) => checkCondition(mapper, inner));
  }
  throw conversionProblem(false, mapper, `Unsupported operation type: ${String(op.type)}`);
}

/** Throws the server's 400 problem when a mapper cannot be converted to the server's model. */
export function checkConvertible(mapper: S["ConfiguredStreamMapper"]): void {
  const config = (mapper.mapperConfiguration ?? {}) as Json;
  switch (mapper.type) {
    case "hashing":
      requireStrings(mapper, config, ["targetField", "method", "fieldNameSuffix"]);
      return oneOfValues(mapper, config.method, HASHING_METHODS, "hashing method");
    case "field-filtering":
      return requireStrings(mapper, config, ["targetField"]);
    case "field-renaming":
      return requireStrings(mapper, config, ["originalFieldName", "newFieldName"]);
    case "row-filtering":
      return checkCondition(mapper, config.conditions);
    case "encryption":
      if (config.algorithm === "RSA") return requireStrings(mapper, config, ["publicKey", "targetField", "fieldNameSuffix"]);
      if (config.algorithm === "AES") {
        requireStrings(mapper, config, ["key", "targetField", "fieldNameSuffix", "mode", "padding"]);
        oneOfValues(mapper, config.mode, AES_MODES, "AES mode");
        return oneOfValues(mapper, config.padding, AES_PADDINGS, "AES padding");
      }
      throw conversionProblem(false, mapper, `Unsupported encryption algorithm: ${String(config.algorithm)}`);
    default:
      throw conversionProblem(false, mapper, `Unsupported mapper type: ${String(mapper.type)}`);
  }
}

// --- application (DestinationCatalogGenerator, SlimStream) ----------------------------------

class FieldsError extends Error {
  constructor(readonly error: MapperError) {
    super(error.message);
  }
}

function redefine(fields: Field[], oldName: string, newName: string, newType?: FieldType): Field[] {
  if (oldName !== newName && fields.some((f) => f.name === newName))
    throw new FieldsError({ type: "FIELD_ALREADY_EXISTS", message: `Field ${newName} already exists in stream fields` });
  if (!fields.some((f) => f.name === oldName))
    throw new FieldsError({ type: "FIELD_NOT_FOUND", message: `Field ${oldName} not found in stream fields` });
  return fields.map((f) => (f.name === oldName ? { name: newName, type: newType ?? f.type } : f));
}

const isHex = (text: string) => text.length % 2 === 0 && /^[0-9a-fA-F]*$/.test(text);
// 06 09 2A 86 48 86 F7 0D 01 01 01: the DER object id 1.2.840.113549.1.1.1 (rsaEncryption).
const RSA_OID = "06092a864886f70d010101";

function checkEncryption(config: Json): void {
  const invalid = () => new FieldsError({ type: "INVALID_MAPPER_CONFIG", message: "Encryption key or parameters are invalid" });
  if (config.algorithm === "RSA") {
    const key = String(config.publicKey).toLowerCase();
    if (!isHex(key) || !key.startsWith("30") || !key.includes(RSA_OID) || key.length < 160) throw invalid();
    return;
  }
  const { mode, padding } = config as { mode: string; padding: string };
  if ((mode === "CTR" || mode === "GCM") && padding !== "NoPadding")
    throw new FieldsError({
      type: "INVALID_MAPPER_CONFIG",
      message: `Mode ${mode} and padding ${padding} are incompatible for AES Encryption`,
    });
  const key = String(config.key);
  if (key === MASKED) return; // a stored key, checked when it was saved
  if (!isHex(key) || ![32, 48, 64].includes(key.length) || mode === "ECB" || mode === "GCM" || (mode === "CBC" && padding === "NoPadding"))
    throw invalid();
}

/** The fields after one (convertible) mapper, or the server's error for it. */
function applyOne(fields: Field[], mapper: S["ConfiguredStreamMapper"]): Field[] {
  const config = mapper.mapperConfiguration as Json;
  switch (mapper.type) {
    case "hashing":
      return redefine(fields, String(config.targetField), `${String(config.targetField)}${String(config.fieldNameSuffix)}`, "STRING");
    case "field-renaming":
      return redefine(fields, String(config.originalFieldName), String(config.newFieldName));
    case "field-filtering": {
      const target = String(config.targetField);
      if (!fields.some((f) => f.name === target))
        throw new FieldsError({ type: "FIELD_NOT_FOUND", message: `Field ${target} not found in stream fields` });
      return fields.filter((f) => f.name !== target);
    }
    case "encryption":
      checkEncryption(config);
      return redefine(fields, String(config.targetField), `${String(config.targetField)}${String(config.fieldNameSuffix ?? "")}`, "STRING");
    default:
      return fields;
  }
}

export interface MapperStep {
  mapper: S["ConfiguredStreamMapper"];
  inputFields: Field[];
  outputFields: Field[];
  error?: MapperError;
}

/** Each mapper in order with the fields it sees and leaves; a failing one leaves them as they were. */
export function applyMappers(initial: Field[], mappers: S["ConfiguredStreamMapper"][]): MapperStep[] {
  const steps: MapperStep[] = [];
  let fields = initial;
  for (const mapper of mappers) {
    try {
      const next = applyOne(fields, mapper);
      steps.push({ mapper, inputFields: fields, outputFields: next });
      fields = next;
    } catch (error) {
      if (!(error instanceof FieldsError)) throw error;
      steps.push({ mapper, inputFields: fields, outputFields: fields, error: error.error });
    }
  }
  return steps;
}
