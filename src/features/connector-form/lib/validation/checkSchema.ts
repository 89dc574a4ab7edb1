// A JSON Schema (draft-07) validator that walks the schema for each value instead of compiling it
// into code. Why not ajv: ajv turns every schema into JavaScript with `new Function`, which a strict
// Content-Security-Policy (no 'unsafe-eval') forbids, and compiling a large connector spec cost
// 250-400 ms before its form could paint. Walking costs nothing up front, and a form's value is
// small, so a full check takes about a millisecond.
//
// Errors come out in the shape the rest of the form reads (keyword, JSON-pointer paths, params):
// ./describeErrors turns them into plain language. Patterns go through compilePattern (so no spec
// pattern can freeze the tab) and formats through ./formats.
import { isOfType, isPlainObject, jsonEqual, jsonKey } from "../jsonSchema";
import { compilePattern } from "../patterns";
import { checkFormat } from "./formats";

export interface SchemaError {
  /** The keyword that failed, e.g. "required", "pattern", "oneOf". */
  keyword: string;
  /** JSON pointer of the value, e.g. "/tunnel_method/tunnel_port". */
  instancePath: string;
  /** Pointer of the keyword in the schema, e.g. "#/properties/tunnel_method/oneOf/1/required". */
  schemaPath: string;
  /** What the keyword asked for (missingProperty, limit, type, format, allowedValue...). */
  params: Record<string, unknown>;
  /** The schema object holding the keyword. */
  parentSchema: Record<string, unknown>;
  /** A short technical message; user-facing text is written by describeErrors. */
  message: string;
}

/** A `$ref` chain deeper than this is a loop (e.g. `{"$ref": "#"}` at the root), not a schema. */
const MAX_REF_DEPTH = 64;

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Length in characters as JSON Schema counts them (a surrogate pair is one character). */
function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    count += 1;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
  }
  return count;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** One validation: the root (for `$ref`), and where errors go (none kept when only the verdict matters). */
class Walk {
  readonly errors: SchemaError[] = [];
  private refDepth = 0;

  constructor(
    private readonly root: unknown,
    private collect: boolean,
  ) {}

  /** A verdict only (for `not`, `if`, `contains`, `propertyNames`): nothing recorded, same `$ref` budget. */
  private verdict(schema: unknown, data: unknown, at: string, path: string): boolean {
    const collect = this.collect;
    this.collect = false;
    try {
      return this.check(schema, data, at, path);
    } finally {
      this.collect = collect;
    }
  }

  fail(keyword: string, at: string, schemaPath: string, parent: Record<string, unknown>, params: Record<string, unknown>, message: string) {
    if (this.collect)
      this.errors.push({ keyword, instancePath: at, schemaPath: `${schemaPath}/${keyword}`, params, parentSchema: parent, message });
    return false;
  }

  resolve(ref: string): unknown {
    if (!ref.startsWith("#")) return undefined; // remote refs are resolved (or reported) by analyzeSpec
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split("/").slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
    }
    return node;
  }

  /** Whether `data` satisfies `schema`; in collecting mode every failure is recorded, otherwise the first ends it. */
  check(schema: unknown, data: unknown, at: string, schemaPath: string): boolean {
    if (schema === false) return this.fail("false schema", at, schemaPath, {}, {}, "no value is allowed here");
    if (!isPlainObject(schema)) return true;
    let valid = true;
    const keep = (ok: boolean) => {
      if (!ok) valid = false;
      return ok || this.collect;
    };

    if (typeof schema.$ref === "string") {
      if (this.refDepth >= MAX_REF_DEPTH) return this.fail("$ref", at, schemaPath, schema, { ref: schema.$ref }, "references loop");
      this.refDepth += 1;
      const target = this.resolve(schema.$ref);
      const ok = target === undefined || this.check(target, data, at, schema.$ref);
      this.refDepth -= 1;
      if (!keep(ok)) return false;
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((type) => isOfType(data, type)))
        if (!keep(this.fail("type", at, schemaPath, schema, { type: types.join(",") }, `must be ${types.join(" or ")}`))) return false;
    }
    if (schema.enum !== undefined && Array.isArray(schema.enum) && !schema.enum.some((option) => jsonEqual(option, data)))
      if (!keep(this.fail("enum", at, schemaPath, schema, { allowedValues: schema.enum }, "must be one of the listed values")))
        return false;
    if ("const" in schema && !jsonEqual(schema.const, data))
      if (!keep(this.fail("const", at, schemaPath, schema, { allowedValue: schema.const }, "must be the constant value"))) return false;

    if (typeof data === "number" && !keep(this.checkNumber(schema, data, at, schemaPath))) return false;
    if (typeof data === "string" && !keep(this.checkString(schema, data, at, schemaPath))) return false;
    if (Array.isArray(data) && !keep(this.checkArray(schema, data, at, schemaPath))) return false;
    if (isPlainObject(data) && !keep(this.checkObject(schema, data, at, schemaPath))) return false;
    if (!keep(this.checkCombinators(schema, data, at, schemaPath))) return false;
    return valid;
  }

  private checkNumber(schema: Record<string, unknown>, data: number, at: string, path: string): boolean {
    let valid = true;
    const limit = (keyword: string, bound: number | undefined, passes: (bound: number) => boolean, comparison: string) => {
      if (bound === undefined || passes(bound)) return true;
      valid = false;
      this.fail(keyword, at, path, schema, { comparison, limit: bound }, `must be ${comparison} ${bound}`);
      return this.collect;
    };
    if (!limit("minimum", asNumber(schema.minimum), (b) => data >= b, ">=")) return false;
    if (!limit("maximum", asNumber(schema.maximum), (b) => data <= b, "<=")) return false;
    if (!limit("exclusiveMinimum", asNumber(schema.exclusiveMinimum), (b) => data > b, ">")) return false;
    if (!limit("exclusiveMaximum", asNumber(schema.exclusiveMaximum), (b) => data < b, "<")) return false;
    const step = asNumber(schema.multipleOf);
    if (step !== undefined && step > 0) {
      // A tolerance, so that 0.3 counts as a multiple of 0.1 despite binary fractions.
      const quotient = data / step;
      if (Math.abs(quotient - Math.round(quotient)) > 1e-9 * Math.max(1, Math.abs(quotient))) {
        valid = false;
        this.fail("multipleOf", at, path, schema, { multipleOf: step }, `must be a multiple of ${step}`);
      }
    }
    return valid;
  }

  private checkString(schema: Record<string, unknown>, data: string, at: string, path: string): boolean {
    let valid = true;
    const minLength = asNumber(schema.minLength);
    const maxLength = asNumber(schema.maxLength);
    if (minLength !== undefined || maxLength !== undefined) {
      const length = characterCount(data);
      if (minLength !== undefined && length < minLength) {
        valid = false;
        this.fail("minLength", at, path, schema, { limit: minLength }, `must have at least ${minLength} characters`);
        if (!this.collect) return false;
      }
      if (maxLength !== undefined && length > maxLength) {
        valid = false;
        this.fail("maxLength", at, path, schema, { limit: maxLength }, `must have at most ${maxLength} characters`);
        if (!this.collect) return false;
      }
    }
    if (typeof schema.pattern === "string" && !compilePattern(schema.pattern).test(data)) {
      valid = false;
      this.fail("pattern", at, path, schema, { pattern: schema.pattern }, `must match the pattern ${schema.pattern}`);
      if (!this.collect) return false;
    }
    if (typeof schema.format === "string" && !checkFormat(schema.format, data)) {
      valid = false;
      this.fail("format", at, path, schema, { format: schema.format }, `must be a valid ${schema.format}`);
    }
    return valid;
  }

  private checkArray(schema: Record<string, unknown>, data: unknown[], at: string, path: string): boolean {
    let valid = true;
    const keep = (ok: boolean) => {
      if (!ok) valid = false;
      return ok || this.collect;
    };
    const minItems = asNumber(schema.minItems);
    const maxItems = asNumber(schema.maxItems);
    if (minItems !== undefined && data.length < minItems)
      if (!keep(this.fail("minItems", at, path, schema, { limit: minItems }, `must have at least ${minItems} items`))) return false;
    if (maxItems !== undefined && data.length > maxItems)
      if (!keep(this.fail("maxItems", at, path, schema, { limit: maxItems }, `must have at most ${maxItems} items`))) return false;
    if (schema.uniqueItems === true) {
      // One pass (first place of each value by its key): comparing every pair froze the page for
      // seconds on a spec whose enum lists tens of thousands of values (the meta-schema asks them unique).
      const firstAt = new Map<string, number>();
      for (let i = 0; i < data.length; i += 1) {
        const key = jsonKey(data[i]);
        const j = firstAt.get(key);
        if (j !== undefined) {
          if (!keep(this.fail("uniqueItems", at, path, schema, { i, j }, `items ${j + 1} and ${i + 1} are the same`))) return false;
          break;
        }
        firstAt.set(key, i);
      }
    }
    const { items } = schema;
    if (Array.isArray(items)) {
      for (let i = 0; i < data.length; i += 1) {
        const itemSchema = i < items.length ? items[i] : schema.additionalItems;
        const itemPath = i < items.length ? `${path}/items/${i}` : `${path}/additionalItems`;
        if (!keep(this.check(itemSchema, data[i], `${at}/${i}`, itemPath))) return false;
      }
    } else if (items !== undefined) {
      for (let i = 0; i < data.length; i += 1) if (!keep(this.check(items, data[i], `${at}/${i}`, `${path}/items`))) return false;
    }
    if (schema.contains !== undefined) {
      if (!data.some((item, i) => this.verdict(schema.contains, item, `${at}/${i}`, path)))
        if (!keep(this.fail("contains", at, path, schema, {}, "must contain a matching item"))) return false;
    }
    return valid;
  }

  private checkObject(schema: Record<string, unknown>, data: Record<string, unknown>, at: string, path: string): boolean {
    let valid = true;
    const keep = (ok: boolean) => {
      if (!ok) valid = false;
      return ok || this.collect;
    };
    if (Array.isArray(schema.required))
      for (const name of schema.required)
        if (typeof name === "string" && data[name] === undefined)
          if (!keep(this.fail("required", at, path, schema, { missingProperty: name }, `must have the property "${name}"`))) return false;
    const keys = Object.keys(data);
    const minProperties = asNumber(schema.minProperties);
    const maxProperties = asNumber(schema.maxProperties);
    if (minProperties !== undefined && keys.length < minProperties)
      if (!keep(this.fail("minProperties", at, path, schema, { limit: minProperties }, `must have at least ${minProperties} properties`)))
        return false;
    if (maxProperties !== undefined && keys.length > maxProperties)
      if (!keep(this.fail("maxProperties", at, path, schema, { limit: maxProperties }, `must have at most ${maxProperties} properties`)))
        return false;
    const properties = isPlainObject(schema.properties) ? schema.properties : undefined;
    const patterns = isPlainObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
    for (const key of keys) {
      const value = data[key];
      if (value === undefined) continue;
      const childAt = `${at}/${escapePointer(key)}`;
      let declared = false;
      if (properties && Object.hasOwn(properties, key)) {
        declared = true;
        if (!keep(this.check(properties[key], value, childAt, `${path}/properties/${escapePointer(key)}`))) return false;
      }
      for (const [pattern, child] of patterns) {
        if (!compilePattern(pattern).test(key)) continue;
        declared = true;
        if (!keep(this.check(child, value, childAt, `${path}/patternProperties/${escapePointer(pattern)}`))) return false;
      }
      if (!declared && schema.additionalProperties !== undefined) {
        if (schema.additionalProperties === false) {
          if (!keep(this.fail("additionalProperties", at, path, schema, { additionalProperty: key }, `"${key}" is not allowed`)))
            return false;
        } else if (!keep(this.check(schema.additionalProperties, value, childAt, `${path}/additionalProperties`))) return false;
      }
      if (schema.propertyNames !== undefined && !this.verdict(schema.propertyNames, key, at, path))
        if (!keep(this.fail("propertyNames", at, path, schema, { propertyName: key }, `the name "${key}" is not allowed`))) return false;
    }
    const dependencies = isPlainObject(schema.dependencies) ? schema.dependencies : undefined;
    for (const [key, dependency] of Object.entries(dependencies ?? {})) {
      if (data[key] === undefined) continue;
      if (Array.isArray(dependency)) {
        for (const needed of dependency)
          if (typeof needed === "string" && data[needed] === undefined)
            if (
              !keep(
                this.fail(
                  "dependencies",
                  at,
                  path,
                  schema,
                  { property: key, missingProperty: needed },
                  `"${needed}" is needed with "${key}"`,
                ),
              )
            )
              return false;
      } else if (!keep(this.check(dependency, data, at, `${path}/dependencies/${escapePointer(key)}`))) return false;
    }
    return valid;
  }

  private checkCombinators(schema: Record<string, unknown>, data: unknown, at: string, path: string): boolean {
    let valid = true;
    const keep = (ok: boolean) => {
      if (!ok) valid = false;
      return ok || this.collect;
    };
    if (Array.isArray(schema.allOf))
      for (let i = 0; i < schema.allOf.length; i += 1) if (!keep(this.check(schema.allOf[i], data, at, `${path}/allOf/${i}`))) return false;
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const options = schema[keyword];
      if (!Array.isArray(options)) continue;
      // Errors of the options are kept only when the keyword fails (as they tell what each option lacks).
      const before = this.errors.length;
      const passing: number[] = [];
      for (let i = 0; i < options.length; i += 1) {
        if (this.check(options[i], data, at, `${path}/${keyword}/${i}`)) passing.push(i);
        if (keyword === "anyOf" && passing.length > 0) break;
        if (keyword === "oneOf" && passing.length > 1) break;
      }
      const ok = keyword === "anyOf" ? passing.length > 0 : passing.length === 1;
      if (ok) this.errors.length = before;
      else if (keyword === "anyOf") {
        if (!keep(this.fail("anyOf", at, path, schema, {}, "must match one of the options"))) return false;
      } else if (
        !keep(
          this.fail("oneOf", at, path, schema, { passingSchemas: passing.length > 1 ? passing : null }, "must match exactly one option"),
        )
      )
        return false;
    }
    if (schema.not !== undefined && this.verdict(schema.not, data, at, path))
      if (!keep(this.fail("not", at, path, schema, {}, "must not match the excluded schema"))) return false;
    if (schema.if !== undefined && (schema.then !== undefined || schema.else !== undefined)) {
      const branch = this.verdict(schema.if, data, at, path) ? "then" : "else";
      if (schema[branch] !== undefined && !this.check(schema[branch], data, at, `${path}/${branch}`))
        if (!keep(this.fail("if", at, path, schema, { failingKeyword: branch }, `must match the "${branch}" schema`))) return false;
    }
    return valid;
  }
}

/** Every way `data` fails `schema` (empty when it is valid). `root` is what `$ref`s point into. */
export function schemaErrors(schema: unknown, data: unknown, root: unknown = schema): SchemaError[] {
  const walk = new Walk(root, true);
  walk.check(schema, data, "", "#");
  return walk.errors;
}

/** Whether `data` satisfies `schema`; stops at the first failure. */
export function satisfies(schema: unknown, data: unknown, root: unknown = schema): boolean {
  return new Walk(root, false).check(schema, data, "", "#");
}
