// Inlines local `$ref`s ("#/definitions/x") so the form and the validator work on one self-contained
// tree. Unresolvable and circular references are reported (and replaced by an empty schema) rather
// than thrown, so one bad reference never takes the whole form down.
import { isPlainObject, type JsonSchema } from "./jsonSchema";
import type { SpecProblem } from "./specProblem";

function decodePointer(ref: string): string[] | undefined {
  if (ref === "#") return [];
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
}

function lookup(root: unknown, segments: string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function pointer(path: readonly (string | number)[]): string {
  return path.length === 0 ? "/" : `/${path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

export function resolveRefs(root: JsonSchema, problems: SpecProblem[]): JsonSchema {
  const walk = (node: unknown, path: (string | number)[], stack: string[]): unknown => {
    if (Array.isArray(node)) return node.map((child, index) => walk(child, [...path, index], stack));
    if (!isPlainObject(node)) return node;
    let source: Record<string, unknown> = node;
    let activeStack = stack;
    if (typeof node.$ref === "string") {
      const ref = node.$ref;
      const segments = decodePointer(ref);
      const target = segments ? lookup(root, segments) : undefined;
      const { $ref: _ignored, ...siblings } = node;
      if (!segments || !isPlainObject(target)) {
        problems.push({
          severity: "error",
          keyword: "$ref",
          path: pointer(path),
          message: segments
            ? `The reference "${ref}" points to nothing in this schema.`
            : `The reference "${ref}" is not a local reference (only "#/..." references are supported).`,
        });
        return walk(siblings, path, stack);
      }
      if (stack.includes(ref)) {
        problems.push({
          severity: "error",
          keyword: "$ref",
          path: pointer(path),
          message: `The reference "${ref}" is circular (it contains itself), so the form would never end.`,
        });
        return walk(siblings, path, stack);
      }
      source = { ...target, ...siblings };
      activeStack = [...stack, ref];
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(source)) {
      // Definitions are only inlined where they are used; keeping them would duplicate (and re-check) them.
      if (key === "definitions" || key === "$defs") continue;
      out[key] = walk(child, [...path, key], activeStack);
    }
    return out;
  };
  return walk(root, [], []) as JsonSchema;
}

/** The schema with its local `$ref`s inlined, problems aside (a bad reference becomes an empty schema). */
export function inlineLocalRefs(schema: unknown): unknown {
  return isPlainObject(schema) ? resolveRefs(schema as JsonSchema, []) : schema;
}
