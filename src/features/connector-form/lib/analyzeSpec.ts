// Checks a connection specification before anything renders it. Pure: returns the problems found
// (keyword + JSON-pointer path + plain message) and the ref-resolved schema the form uses.
import { asSchema, isPlainObject, jsonKey, type JsonSchema } from "./jsonSchema";
import { compilePattern } from "./patterns";
import { pointer, resolveRefs } from "./resolveRefs";
import { specLimitProblems } from "./specLimits";
import type { SpecProblem } from "./specProblem";
import { metaSchemaErrors, uncheckedFormats, unknownKeywords } from "./validation/specSchema";

const KNOWN_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

export interface SpecAnalysis {
  /** The schema with local $refs inlined (and $schema/$id removed); undefined when unusable. */
  schema?: JsonSchema;
  problems: SpecProblem[];
  /** True when at least one problem is an error: the form is not rendered. */
  blocking: boolean;
}

// Runs on the resolved copy of the spec, so the few repairs it makes never touch the caller's object.
function checkNode(node: unknown, path: (string | number)[], problems: SpecProblem[]) {
  if (typeof node === "boolean") return;
  if (!isPlainObject(node)) {
    problems.push({ severity: "error", keyword: "schema", path: pointer(path), message: "Expected a schema object here." });
    return;
  }
  const at = pointer(path);
  // A JSON null where the type name "null" was meant (seen in real specs): read it as "null".
  if (node.type === null) {
    delete node.type;
    problems.push({ severity: "warning", keyword: "type", path: at, message: "The type is null; it is ignored." });
  } else if (Array.isArray(node.type) && node.type.includes(null)) {
    node.type = node.type.map((t) => (t === null ? "null" : t));
    problems.push({
      severity: "warning",
      keyword: "type",
      path: at,
      message: 'The type list contains null instead of "null"; read as "null".',
    });
  }
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  for (const type of types) {
    if (typeof type !== "string" || !KNOWN_TYPES.has(type)) {
      problems.push({
        severity: "error",
        keyword: "type",
        path: at,
        message: `Unknown type "${String(type).slice(0, 80)}". Use one of: ${[...KNOWN_TYPES].join(", ")}.`,
      });
    }
  }
  if (node.properties !== undefined) {
    if (!isPlainObject(node.properties))
      problems.push({ severity: "error", keyword: "properties", path: at, message: '"properties" must be an object of property schemas.' });
    else for (const [key, child] of Object.entries(node.properties)) checkNode(child, [...path, "properties", key], problems);
  }
  if (node.required !== undefined && (!Array.isArray(node.required) || node.required.some((r) => typeof r !== "string"))) {
    problems.push({ severity: "error", keyword: "required", path: at, message: '"required" must be a list of property names.' });
  }
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const options = node[keyword];
    if (options === undefined) continue;
    if (!Array.isArray(options))
      problems.push({ severity: "error", keyword, path: at, message: `"${keyword}" must be a list of schemas.` });
    else if (options.length === 0)
      problems.push({ severity: "error", keyword, path: at, message: `"${keyword}" is empty: it needs at least one option.` });
    else options.forEach((option, index) => checkNode(option, [...path, keyword, index], problems));
  }
  if (node.items !== undefined) {
    if (Array.isArray(node.items)) node.items.forEach((item, index) => checkNode(item, [...path, "items", index], problems));
    else checkNode(node.items, [...path, "items"], problems);
  }
  if (node.items === undefined && types.includes("array")) {
    // Seen in real specs ({"type": "array", "title": "Symbols"}); Airbyte reads them as lists of text.
    node.items = { type: "string" };
    problems.push({ severity: "warning", keyword: "items", path: at, message: 'The list has no "items": read as a list of text.' });
  }
  if (node.enum !== undefined && (!Array.isArray(node.enum) || node.enum.length === 0)) {
    problems.push({ severity: "error", keyword: "enum", path: at, message: '"enum" must be a non-empty list of allowed values.' });
  } else if (Array.isArray(node.enum)) {
    // Repeated values (seen in real specs) mean nothing more: keep each once. One pass over the list:
    // real enums reach ~900 values (source-pokeapi), and comparing every pair took the page ~120 ms.
    const seen = new Set<string>();
    const unique = node.enum.filter((value) => {
      const key = jsonKey(value);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (unique.length < node.enum.length) {
      node.enum = unique;
      problems.push({ severity: "warning", keyword: "enum", path: at, message: '"enum" lists a value twice; each is offered once.' });
    }
  }
  // A number default written as text ("100", seen in real specs): the number the connector means.
  if ((types.includes("integer") || types.includes("number")) && typeof node.default === "string" && node.default.trim() !== "") {
    const n = Number(node.default);
    if (Number.isFinite(n) && (types.includes("number") || Number.isInteger(n))) {
      node.default = n;
      problems.push({ severity: "warning", keyword: "default", path: at, message: `The default is text; read as the number ${n}.` });
    }
  }
  // A single example written without the list (seen in real specs): an annotation, read as a list of one.
  if (node.examples !== undefined && !Array.isArray(node.examples)) {
    node.examples = [node.examples];
    problems.push({ severity: "warning", keyword: "examples", path: at, message: '"examples" is not a list; read as a list of one.' });
  }
  if (typeof node.pattern === "string") {
    // A pattern the browser cannot check safely costs only its own check, never the form.
    const { warning } = compilePattern(node.pattern);
    if (warning) problems.push({ severity: "warning", keyword: "pattern", path: at, message: warning });
  } else if (node.pattern !== undefined) {
    problems.push({ severity: "warning", keyword: "pattern", path: at, message: '"pattern" is not text; it is ignored.' });
    delete node.pattern;
  }
}

const analyses = new WeakMap<object, SpecAnalysis>();

export function analyzeSpec(connectionSpecification: unknown): SpecAnalysis {
  // The same specification object always gives the same analysis: cache it (and its compiled validator).
  const cacheKey = isPlainObject(connectionSpecification) ? connectionSpecification : undefined;
  const cached = cacheKey && analyses.get(cacheKey);
  if (cached) return cached;
  const analysis = analyzeUncached(connectionSpecification);
  if (cacheKey) analyses.set(cacheKey, analysis);
  return analysis;
}

function analyzeUncached(connectionSpecification: unknown): SpecAnalysis {
  const problems: SpecProblem[] = [];
  const root = asSchema(connectionSpecification);
  if (!root) {
    problems.push({
      severity: "error",
      keyword: "type",
      path: "/",
      message: "The connection specification must be a JSON object (a JSON Schema).",
    });
    return { problems, blocking: true };
  }
  if (root.type !== undefined && root.type !== "object") {
    problems.push({
      severity: "error",
      keyword: "type",
      path: "/",
      message: `The top level must be of type "object", not ${JSON.stringify(root.type)?.slice(0, 80)}.`,
    });
  }
  // Depth, size and broken names first: the readers below recurse and would overflow on them.
  problems.push(...specLimitProblems(root));
  if (problems.some((p) => p.severity === "error")) return { problems, blocking: true };
  const { $schema: _schema, $id: _id, ...withoutMeta } = root;
  const schema = resolveRefs(withoutMeta, problems);
  checkNode(schema, [], problems);
  if (!problems.some((p) => p.severity === "error")) {
    for (const error of metaSchemaErrors(schema)) {
      // Patterns were read above (a foreign or unreadable one is a warning, not an unusable spec).
      if (error.keyword === "format" && (error.params as { format?: unknown }).format === "regex") continue;
      problems.push({
        severity: "error",
        keyword: error.keyword,
        path: error.instancePath || "/",
        message: `Not valid JSON Schema: ${error.message ?? "invalid"}.`,
      });
    }
  }
  // Keywords nothing reads are usually typos ("mininum"): worth a warning at each place, not an error.
  for (const { keyword, path } of unknownKeywords(schema))
    problems.push({ severity: "warning", keyword, path, message: `Unknown keyword "${keyword}": it is ignored.` });
  for (const { keyword, path } of uncheckedFormats(schema))
    problems.push({
      severity: "warning",
      keyword: "format",
      path,
      message: `Format "${keyword}" is not checked here; the connector checks it.`,
    });
  const blocking = problems.some((p) => p.severity === "error");
  return { schema: blocking ? undefined : schema, problems, blocking };
}
