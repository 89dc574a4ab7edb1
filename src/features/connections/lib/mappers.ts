// A stream's mappings as the console edits them, and back to the API's ConfiguredStreamMapper.
// Five types the API describes (hashing, field renaming, field filtering, row filtering,
// encryption); a type this console does not know, or a row filter nested deeper than "equals" /
// "does not equal", is kept exactly as the server sent it and shown read-only, never dropped.
import type { Schemas } from "@/api/types";
import type { StreamConfig } from "./types";

type ApiMapper = Schemas["ConfiguredStreamMapper"];
type Json = Record<string, unknown>;

export const HASHING_METHODS = ["MD2", "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512"] as const;
export const AES_MODES = ["CBC", "CFB", "OFB", "CTR", "GCM", "ECB"] as const;
export const AES_PADDINGS = ["PKCS5Padding", "NoPadding"] as const;

export type MapperDraft =
  | { key: string; id?: string; type: "hashing"; targetField: string; method: string; fieldNameSuffix: string }
  | { key: string; id?: string; type: "field-renaming"; originalFieldName: string; newFieldName: string }
  | { key: string; id?: string; type: "field-filtering"; targetField: string }
  | { key: string; id?: string; type: "row-filtering"; negate: boolean; fieldName: string; comparisonValue: string }
  | {
      key: string;
      id?: string;
      type: "encryption";
      algorithm: "RSA" | "AES";
      targetField: string;
      fieldNameSuffix: string;
      publicKey: string;
      key_: string;
      mode: string;
      padding: string;
    }
  /** Anything else: sent back exactly as it came. */
  | { key: string; id?: string; type: "unknown"; original: ApiMapper };

export type MapperType = Exclude<MapperDraft["type"], "unknown">;

export const MAPPER_TYPE_LABEL: Record<MapperType, string> = {
  hashing: "Hash a field",
  "field-renaming": "Rename a field",
  "field-filtering": "Remove a field",
  "row-filtering": "Filter rows",
  encryption: "Encrypt a field",
};

let counter = 0;
const nextKey = () => `m${++counter}`;

export function newMapper(type: MapperType): MapperDraft {
  const key = nextKey();
  switch (type) {
    case "hashing":
      return { key, type, targetField: "", method: "SHA-256", fieldNameSuffix: "_hashed" };
    case "field-renaming":
      return { key, type, originalFieldName: "", newFieldName: "" };
    case "field-filtering":
      return { key, type, targetField: "" };
    case "row-filtering":
      return { key, type, negate: false, fieldName: "", comparisonValue: "" };
    case "encryption":
      return {
        key,
        type,
        algorithm: "RSA",
        targetField: "",
        fieldNameSuffix: "_encrypted",
        publicKey: "",
        key_: "",
        mode: "CBC",
        padding: "PKCS5Padding",
      };
  }
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A row filter the editor can show: EQUAL, or NOT of exactly one EQUAL. */
function simpleCondition(conditions: unknown): { negate: boolean; equal: Json } | undefined {
  if (typeof conditions !== "object" || conditions === null) return undefined;
  const c = conditions as Json;
  if (c.type === "EQUAL") return { negate: false, equal: c };
  if (c.type === "NOT" && Array.isArray(c.conditions) && c.conditions.length === 1) {
    const inner = c.conditions[0] as Json | undefined;
    if (inner?.type === "EQUAL") return { negate: true, equal: inner };
  }
  return undefined;
}

export function fromApi(mapper: ApiMapper): MapperDraft {
  const key = nextKey();
  const id = mapper.id;
  const c = (mapper.mapperConfiguration ?? {}) as Json;
  const base = { key, ...(id ? { id } : {}) };
  switch (mapper.type as string) {
    case "hashing":
      return {
        ...base,
        type: "hashing",
        targetField: text(c.targetField),
        method: text(c.method),
        fieldNameSuffix: text(c.fieldNameSuffix),
      };
    case "field-renaming":
      return { ...base, type: "field-renaming", originalFieldName: text(c.originalFieldName), newFieldName: text(c.newFieldName) };
    case "field-filtering":
      return { ...base, type: "field-filtering", targetField: text(c.targetField) };
    case "row-filtering": {
      const simple = simpleCondition(c.conditions);
      if (!simple) break;
      return {
        ...base,
        type: "row-filtering",
        negate: simple.negate,
        fieldName: text(simple.equal.fieldName),
        comparisonValue: text(simple.equal.comparisonValue),
      };
    }
    case "encryption":
      if (c.algorithm !== "RSA" && c.algorithm !== "AES") break;
      return {
        ...base,
        type: "encryption",
        algorithm: c.algorithm,
        targetField: text(c.targetField),
        fieldNameSuffix: text(c.fieldNameSuffix),
        publicKey: text(c.publicKey),
        key_: text(c.key),
        mode: text(c.mode) || "CBC",
        padding: text(c.padding) || "PKCS5Padding",
      };
  }
  return { ...base, type: "unknown", original: mapper };
}

export function toApi(draft: MapperDraft): ApiMapper {
  const id = draft.id ? { id: draft.id } : {};
  switch (draft.type) {
    case "unknown":
      return draft.original;
    case "hashing":
      return {
        ...id,
        type: "hashing",
        mapperConfiguration: {
          targetField: draft.targetField,
          method: draft.method as (typeof HASHING_METHODS)[number],
          fieldNameSuffix: draft.fieldNameSuffix,
        },
      };
    case "field-renaming":
      return {
        ...id,
        type: "field-renaming",
        mapperConfiguration: { originalFieldName: draft.originalFieldName, newFieldName: draft.newFieldName },
      };
    case "field-filtering":
      return { ...id, type: "field-filtering", mapperConfiguration: { targetField: draft.targetField } };
    case "row-filtering": {
      const equal = { type: "EQUAL" as const, fieldName: draft.fieldName, comparisonValue: draft.comparisonValue };
      return {
        ...id,
        type: "row-filtering",
        mapperConfiguration: { conditions: draft.negate ? { type: "NOT", conditions: [equal] } : equal },
      } as ApiMapper;
    }
    case "encryption": {
      const common = { targetField: draft.targetField, fieldNameSuffix: draft.fieldNameSuffix };
      const configuration =
        draft.algorithm === "RSA"
          ? { algorithm: "RSA", publicKey: draft.publicKey.trim(), ...common }
          : { algorithm: "AES", key: draft.key_.trim(), mode: draft.mode, padding: draft.padding, ...common };
      return { ...id, type: "encryption", mapperConfiguration: configuration } as ApiMapper;
    }
  }
}

/** What is still missing before the server can be asked about this mapping (undefined: nothing). */
export function missingInput(draft: MapperDraft): string | undefined {
  switch (draft.type) {
    case "unknown":
      return undefined;
    case "hashing":
      return !draft.targetField ? "Choose the field to hash." : undefined;
    case "field-renaming":
      if (!draft.originalFieldName) return "Choose the field to rename.";
      return !draft.newFieldName.trim() ? "Type the field's new name." : undefined;
    case "field-filtering":
      return !draft.targetField ? "Choose the field to remove." : undefined;
    case "row-filtering":
      return !draft.fieldName ? "Choose the field rows are compared on." : undefined;
    case "encryption":
      if (!draft.targetField) return "Choose the field to encrypt.";
      if (draft.algorithm === "RSA") return !draft.publicKey.trim() ? "Paste the RSA public key (hex of its X.509 encoding)." : undefined;
      return !draft.key_.trim() ? "Type the AES key (hex)." : undefined;
  }
}

/** One line saying what the mapping does, for the stream table and screen readers. */
export function describeMapper(draft: MapperDraft): string {
  switch (draft.type) {
    case "unknown":
      return `${String(draft.original.type)} (a mapping this console does not know; kept as it is)`;
    case "hashing":
      return `Hash ${draft.targetField || "?"} with ${draft.method} into ${draft.targetField || "?"}${draft.fieldNameSuffix}`;
    case "field-renaming":
      return `Rename ${draft.originalFieldName || "?"} to ${draft.newFieldName || "?"}`;
    case "field-filtering":
      return `Remove ${draft.targetField || "?"}`;
    case "row-filtering":
      return `Keep rows where ${draft.fieldName || "?"} ${draft.negate ? "is not" : "is"} "${draft.comparisonValue}"`;
    case "encryption":
      return `Encrypt ${draft.targetField || "?"} with ${draft.algorithm} into ${draft.targetField || "?"}${draft.fieldNameSuffix}`;
  }
}

/**
 * The stream's configuration with these mappers. `hashedFields` (the older way to ask for hashing)
 * follows them: the server falls back to it when a stream has no mappers (CatalogConverter), so a
 * stale list would bring removed hashing back.
 */
export function withMappers(config: StreamConfig, mappers: ApiMapper[]): StreamConfig {
  const hashedFields = mappers
    .filter((m) => m.type === "hashing")
    .map((m) => ({ fieldPath: [String((m.mapperConfiguration as { targetField?: unknown }).targetField)] }));
  return { ...config, mappers, hashedFields };
}
