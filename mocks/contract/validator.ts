// Validates Config API request and response bodies against the vendored OpenAPI description, so
// the mock backend and the console are both held to what a real Airbyte server accepts and sends.
// Schemas are compiled lazily, per endpoint and status: the description is large and a test run
// touches only a few dozen endpoints.
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { asTheServerBehaves, undescribedErrorProblems } from "./serverBehaviour";
import { toJsonSchema, type BodyDirection, type Json, type JsonObject } from "./toJsonSchema";

export interface ContractValidator {
  /**
   * Problems with a body the console sends, as readable lines; empty when it conforms.
   * `path` may be a full URL, "/api/v1/..." or "/v1/..."; `body` is the parsed JSON (undefined: none).
   */
  validateRequest(path: string, method: string, body: unknown): string[];
  /** Problems with a server answer (parsed JSON body; undefined when it had none). */
  validateResponse(path: string, method: string, status: number, body: unknown): string[];
  /** The OpenAPI path ("/v1/sources/create") a URL or path names, or undefined if the API has none. */
  resolvePath(path: string): string | undefined;
}

/** Id under which the (converted) description is registered in ajv; inline schemas $ref into it. */
const DOCUMENT_ID = "syncdeck:config-api";
const MAX_ERRORS_PER_BODY = 12;

interface Operation {
  requestBody?: JsonObject;
  responses?: JsonObject;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every `format` value used anywhere in the document. */
function collectFormats(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => collectFormats(item, into));
  else if (isObject(node)) {
    if (typeof node.format === "string") into.add(node.format);
    Object.values(node).forEach((value) => collectFormats(value, into));
  }
  return into;
}

function createAjv(document: JsonObject, direction: BodyDirection, formats: Set<string>): Ajv {
  // strict: false — OpenAPI documents carry keywords ajv does not know (example, x-*, xml, ...).
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: true });
  addFormats(ajv);
  // Formats the spec uses loosely ("UUID", "int", "set", "url") are documentation, not constraints.
  for (const format of formats) if (!(format in ajv.formats)) ajv.addFormat(format, true);
  const components = toJsonSchema((document.components ?? {}) as Json, direction, "");
  ajv.addSchema({ components } as JsonObject, DOCUMENT_ID);
  return ajv;
}

/** "/connectionConfiguration/host"; "body" for the document root. */
function pointerOf(error: ErrorObject): string {
  const base = error.instancePath;
  if (error.keyword === "required") return `${base}/${String(error.params.missingProperty)}`;
  if (error.keyword === "additionalProperties") return `${base}/${String(error.params.additionalProperty)}`;
  return base === "" ? "body" : base;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case "required":
      return "is required but missing";
    case "additionalProperties":
      return "is not a property the API describes";
    case "enum":
      return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

/**
 * ajv reports a failed oneOf/anyOf as the summary plus every branch's errors; the branch errors
 * (at or under the same instance path) mostly say why the *other* branches did not match, so
 * only the summary is kept.
 */
function readableErrors(errors: ErrorObject[], prefix: string): string[] {
  const unionPaths = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.instancePath);
  const kept = errors.filter(
    (e) =>
      e.keyword === "oneOf" || e.keyword === "anyOf" || !unionPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)),
  );
  // Also drop union summaries nested inside another union (same reason).
  const lines = kept
    .filter((e) => !unionPaths.some((p) => p !== e.instancePath && e.instancePath.startsWith(`${p}/`)))
    .map((e) => `${prefix}: ${pointerOf(e)} ${describe(e)}`);
  const unique = [...new Set(lines)];
  if (unique.length <= MAX_ERRORS_PER_BODY) return unique;
  return [...unique.slice(0, MAX_ERRORS_PER_BODY), `${prefix}: ... and ${unique.length - MAX_ERRORS_PER_BODY} more`];
}

function jsonContentSchema(content: unknown): { schema: Json | undefined; isJson: boolean } | undefined {
  if (!isObject(content)) return undefined;
  const type = Object.keys(content).find((name) => name === "application/json" || /\+json$|\/json$/.test(name));
  if (type === undefined) return { schema: undefined, isJson: false };
  const media = content[type];
  return { schema: isObject(media) ? media.schema : undefined, isJson: true };
}

function isEmptyBody(body: unknown): boolean {
  return body === undefined || body === "" || body === null || (isObject(body) && Object.keys(body).length === 0);
}

export function createContractValidator(openapiDocument: unknown): ContractValidator {
  if (!isObject(openapiDocument) || !isObject(openapiDocument.paths)) {
    throw new Error("createContractValidator: expected a parsed OpenAPI document with `paths`");
  }
  const document = asTheServerBehaves(openapiDocument);
  const paths = document.paths as JsonObject;
  const formats = collectFormats(document);
  const ajvByDirection = new Map<BodyDirection, Ajv>();
  const compiled = new Map<string, ValidateFunction>();

  // Paths with {parameters}, as regular expressions; literal paths are looked up directly.
  const templated = Object.keys(paths)
    .filter((p) => p.includes("{"))
    .map((p) => ({ path: p, pattern: new RegExp(`^${p.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`) }));

  function ajvFor(direction: BodyDirection): Ajv {
    let ajv = ajvByDirection.get(direction);
    if (!ajv) {
      ajv = createAjv(document, direction, formats);
      ajvByDirection.set(direction, ajv);
    }
    return ajv;
  }

  /** Follow a `$ref` to #/components/{responses,requestBodies}/X (the object, not a schema). */
  function deref(node: unknown): unknown {
    let current = node;
    for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 10; hops++) {
      const parts = current.$ref.replace(/^#\//, "").split("/");
      current = parts.reduce<unknown>(
        (value, part) => (isObject(value) ? value[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined),
        document,
      );
    }
    return current;
  }

  function resolvePath(input: string): string | undefined {
    let path = input;
    try {
      path = new URL(input, "http://localhost").pathname;
    } catch {
      // Not URL-like: use as given.
    }
    const candidates = [path, path.replace(/^\/api(?=\/)/, "")];
    for (const candidate of candidates) if (candidate in paths) return candidate;
    for (const candidate of candidates) {
      const match = templated.find(({ pattern }) => pattern.test(candidate));
      if (match) return match.path;
    }
    return undefined;
  }

  function findOperation(input: string, method: string): { label: string; operation?: Operation; problem?: string } {
    const verb = method.toUpperCase();
    const path = resolvePath(input);
    if (path === undefined) return { label: `${verb} ${input}`, problem: "is not an endpoint of the Config API description" };
    const label = `${verb} ${path}`;
    const item = paths[path];
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (!isObject(operation)) return { label, problem: `the Config API has no ${verb} operation on this path` };
    return { label, operation: operation as Operation };
  }

  function validator(key: string, direction: BodyDirection, schema: Json): ValidateFunction {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajvFor(direction).compile(toJsonSchema(schema, direction, DOCUMENT_ID) as JsonObject);
      compiled.set(key, validate);
    }
    return validate;
  }

  function check(key: string, direction: BodyDirection, schema: Json, body: unknown, prefix: string): string[] {
    const validate = validator(key, direction, schema);
    return validate(body) ? [] : readableErrors(validate.errors ?? [], prefix);
  }

  return {
    resolvePath,

    validateRequest(path, method, body) {
      const { label, operation, problem } = findOperation(path, method);
      const prefix = `${label} request`;
      if (!operation) return [`${prefix}: ${problem}`];
      const requestBody = deref(operation.requestBody);
      if (!isObject(requestBody)) {
        return isEmptyBody(body) ? [] : [`${prefix}: body sent, but the endpoint takes none`];
      }
      if (body === undefined) return requestBody.required === true ? [`${prefix}: body is required but missing`] : [];
      const media = jsonContentSchema(requestBody.content);
      if (!media?.isJson || media.schema === undefined) return [];
      return check(`request|${label}`, "request", media.schema, body, prefix);
    },

    validateResponse(path, method, status, body) {
      const { label, operation, problem } = findOperation(path, method);
      const prefix = `${label} response ${status}`;
      if (!operation) return [`${prefix}: ${problem}`];
      const undescribed = undescribedErrorProblems(resolvePath(path) ?? path, status, body, prefix);
      if (undescribed) return undescribed;
      const responses = isObject(operation.responses) ? operation.responses : {};
      const statusKey = [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, "default"].find((k) => k in responses);
      if (statusKey === undefined) {
        return [`${prefix}: status ${status} is not described (described: ${Object.keys(responses).join(", ") || "none"})`];
      }
      const response = deref(responses[statusKey]);
      const media = isObject(response) ? jsonContentSchema(response.content) : undefined;
      if (media === undefined) return isEmptyBody(body) ? [] : [`${prefix}: body sent, but the API describes none for this status`];
      if (!media.isJson || media.schema === undefined) return [];
      if (body === undefined) return [`${prefix}: body missing, but the API describes a JSON body`];
      return check(`response|${label}|${statusKey}`, "response", media.schema, body, prefix);
    },
  };
}
