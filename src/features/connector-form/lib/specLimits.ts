// Checks run on the raw specification before anything else reads it, without recursion (a spec
// nested thousands of levels deep would overflow the stack of any recursive reader, ours and
// ajv's): how deep and how large it is, property names that are not well-formed Unicode (ajv
// cannot encode them into its paths: "URI malformed"), and bounds no value can meet.
import { pointer } from "./resolveRefs";
import type { SpecProblem } from "./specProblem";

/** JSON nesting levels; the deepest real connector spec has 21. */
const MAX_DEPTH = 100;
/** Keys and array items; the largest real connector spec (85 KB) has under 2,000. */
const MAX_NODES = 50_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Any surrogate: a plain class the regex engine scans fast; the look-around above runs only on a hit. */
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** Bound pairs where the first above the second leaves no valid value. */
const BOUND_PAIRS = [
  ["minimum", "maximum", "number"],
  ["minLength", "maxLength", "length"],
  ["minItems", "maxItems", "number of items"],
  ["minProperties", "maxProperties", "number of properties"],
] as const;

function boundProblems(node: Record<string, unknown>, visit: Visit): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const at = (): string => pathOf(visit);
  for (const [low, high, what] of BOUND_PAIRS) {
    const min = node[low];
    const max = node[high];
    if (typeof min === "number" && typeof max === "number" && min > max)
      problems.push({
        severity: "warning",
        keyword: low,
        path: at(),
        message: `"${low}" (${min}) is greater than "${high}" (${max}): no ${what} can be valid, so this field can never be filled in.`,
      });
  }
  const { exclusiveMinimum: low, exclusiveMaximum: high } = node;
  if (typeof low === "number" && typeof high === "number" && low >= high)
    problems.push({
      severity: "warning",
      keyword: "exclusiveMinimum",
      path: at(),
      message: `"exclusiveMinimum" (${low}) is not below "exclusiveMaximum" (${high}): no number can be valid.`,
    });
  return problems;
}

interface Visit {
  value: object;
  depth: number;
  /** Where it sits: its parent's visit and its key there (the path is built only for a message). */
  parent?: Visit;
  key?: string | number;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.push(at.key!);
  return pointer(keys.reverse());
}

const TOO_LARGE = `The specification is too large: more than ${MAX_NODES.toLocaleString("en-US")} values (real connector specifications have under 2,000). Split it or remove repeated parts.`;

/** Problems found by one iterative walk; an error here means nothing else may read the spec. */
export function specLimitProblems(spec: unknown): SpecProblem[] {
  const problems: SpecProblem[] = [];
  if (typeof spec !== "object" || spec === null) return problems;
  const stack: Visit[] = [{ value: spec, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.depth > MAX_DEPTH) {
      const message = `The specification nests more than ${MAX_DEPTH} levels deep here (real connector specifications nest about 20). Flatten it or use $ref.`;
      return [...problems, { severity: "error", keyword: "schema", path: pathOf(visit), message }];
    }
    const value = visit.value as Record<string, unknown>;
    // Keys only (no [key, value] pair per entry): a spec of 40,000 fields has as many.
    const keys = Object.keys(value);
    nodes += keys.length;
    if (nodes > MAX_NODES) return [...problems, { severity: "error", keyword: "schema", path: "/", message: TOO_LARGE }];
    const isArray = Array.isArray(value);
    if (!isArray) problems.push(...boundProblems(value, visit));
    for (const name of keys) {
      if (!isArray && ANY_SURROGATE.test(name) && LONE_SURROGATE.test(name)) {
        problems.push({
          severity: "error",
          keyword: "propertyNames",
          path: pathOf(visit),
          message: `The name ${JSON.stringify(name)} is not valid Unicode (it contains half of a surrogate pair). Retype that name.`,
        });
        continue;
      }
      const child = value[name];
      if (typeof child === "object" && child !== null)
        stack.push({ value: child, depth: visit.depth + 1, parent: visit, key: isArray ? Number(name) : name });
    }
  }
  return problems;
}
