// The form's JSON Schema checker against an independent validator (ajv, which compiles schemas to
// code; the console no longer ships it) on every real connector spec (mocks/data copies of
// ../shared/fixtures), over the sample configuration and values broken one field at a time.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { analyzeSpec } from "../analyzeSpec";
import { isPlainObject, schemaType, type JsonSchema } from "../jsonSchema";
import { compilePattern } from "../patterns";
import { sampleValue } from "../sampleConfig";
import { satisfies, schemaErrors } from "./checkSchema";

interface ConnectorFile {
  spec: { connectionSpecification: unknown };
}

const files = import.meta.glob<ConnectorFile>(["/mocks/data/connectors/*.json", "/mocks/data/registry-2026/*.json"], {
  eager: true,
  import: "default",
});

/** ajv with the published formats; patterns read by the same engine as the form (Java spellings, RE2). */
function independentValidator() {
  const regExp = Object.assign(
    (pattern: string) => {
      const compiled = compilePattern(pattern);
      return { test: (value: string) => compiled.test(value), toString: () => pattern };
    },
    { code: "compilePattern" },
  );
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, code: { regExp } });
  addFormats(ajv, { mode: "fast" });
  return ajv;
}

/** A value of a different JSON type from what the field wants. */
function wrongType(schema: JsonSchema): unknown {
  switch (schemaType(schema)) {
    case "string":
      return 42;
    case "array":
      return "not a list";
    default:
      return "not a number";
  }
}

/** The sample configuration, the empty one, and each top-level (and one level down) field broken or removed. */
function variants(schema: JsonSchema): unknown[] {
  const sample = sampleValue(schema);
  const out: unknown[] = [sample, {}];
  if (!isPlainObject(sample)) return out;
  const breakField = (
    value: Record<string, unknown>,
    fields: Record<string, JsonSchema>,
    rebuild: (next: Record<string, unknown>) => unknown,
  ) => {
    for (const [key, field] of Object.entries(fields)) {
      const { [key]: _dropped, ...without } = value;
      out.push(rebuild(without));
      out.push(rebuild({ ...value, [key]: wrongType(field) }));
      if (schemaType(field) === "string") out.push(rebuild({ ...value, [key]: "" }), rebuild({ ...value, [key]: "x y\u0000" }));
      if (schemaType(field) === "integer" || schemaType(field) === "number")
        out.push(rebuild({ ...value, [key]: -1e15 }), rebuild({ ...value, [key]: 0.5 }), rebuild({ ...value, [key]: 1e15 }));
    }
  };
  breakField(sample, schema.properties ?? {}, (next) => next);
  for (const [key, child] of Object.entries(sample)) {
    const field = schema.properties?.[key];
    if (!isPlainObject(child) || !field) continue;
    const options = field.oneOf ?? [field];
    for (const option of options) breakField(child, option.properties ?? {}, (next) => ({ ...sample, [key]: next }));
  }
  return out;
}

/** Where errors are, as a set: the value's pointer (plus the missing property for `required`). */
function places(errors: readonly { instancePath: string; keyword: string; params: Record<string, unknown> }[]) {
  return [
    ...new Set(errors.map((e) => (e.keyword === "required" ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath))),
  ].sort();
}

const cases = Object.entries(files).map(([path, file]) => [path.split("/").slice(-2).join("/"), file] as const);

it("finds the connector specs", () => {
  expect(cases.length).toBeGreaterThan(100);
});

describe.each(cases)("%s", (_name, file) => {
  it("gives the same verdict and the same error places as ajv, on valid and broken values", () => {
    const schema = analyzeSpec(file.spec.connectionSpecification).schema;
    expect(schema).toBeDefined();
    const ajvValidate = independentValidator().compile(schema as object);
    for (const value of variants(schema as JsonSchema)) {
      const expected = ajvValidate(value);
      const text = JSON.stringify(value).slice(0, 300);
      expect(satisfies(schema, value), text).toBe(expected);
      expect(places(schemaErrors(schema, value)), text).toEqual(places(ajvValidate.errors ?? []));
    }
  });
});

describe("keywords real specs rely on, on hand-picked values", () => {
  it("counts characters as JSON Schema does (an emoji is one) and checks minLength/maxLength", () => {
    const schema = { type: "string", minLength: 2, maxLength: 2 };
    expect(satisfies(schema, "😀😀")).toBe(true);
    expect(satisfies(schema, "😀")).toBe(false);
  });

  it("accepts 0.3 as a multiple of 0.1 (no binary rounding surprise), refuses 0.35", () => {
    expect(satisfies({ multipleOf: 0.1 }, 0.3)).toBe(true);
    expect(satisfies({ multipleOf: 0.1 }, 0.35)).toBe(false);
  });

  it("keeps a failed oneOf's per-option errors and drops them when one option matches", () => {
    const schema = {
      oneOf: [
        { type: "object", required: ["a"], properties: { mode: { const: "A" } } },
        { type: "object", required: ["b"], properties: { mode: { const: "B" } } },
      ],
    };
    expect(schemaErrors(schema, { mode: "B", b: 1 })).toEqual([]);
    const errors = schemaErrors(schema, { mode: "B" });
    expect(errors.map((e) => e.schemaPath)).toEqual([
      "#/oneOf/0/required",
      "#/oneOf/0/properties/mode/const",
      "#/oneOf/1/required",
      "#/oneOf",
    ]);
  });

  it("ends a reference loop with an error instead of overflowing the stack", () => {
    expect(satisfies({ $ref: "#" }, {})).toBe(false);
    expect(() => schemaErrors({ not: { $ref: "#" } }, 1)).not.toThrow();
  });

  it("finds the first repeat in a unique list, objects equal whatever their key order; a long list of distinct values passes", () => {
    const schema = { type: "array", uniqueItems: true };
    expect(schemaErrors(schema, [{ a: 1, b: [2] }, "x", { b: [2], a: 1 }, "x"])).toEqual([
      expect.objectContaining({ keyword: "uniqueItems", params: { i: 2, j: 0 } }),
    ]);
    expect(satisfies(schema, [1, "1", [1], { 1: 1 }, null, true, "true"])).toBe(true);
    const distinct = Array.from({ length: 40_000 }, (_, i) => `value ${i}`);
    expect(satisfies(schema, distinct)).toBe(true);
    expect(schemaErrors(schema, [...distinct, "value 39999"])).toEqual([
      expect.objectContaining({ keyword: "uniqueItems", params: { i: 40_000, j: 39_999 } }),
    ]);
  });

  it("checks a hostile pattern (^(a+)+$ on 31 a's and a b) without freezing, and refuses the value", () => {
    const value = `${"a".repeat(31)}b`;
    expect(satisfies({ type: "string", pattern: "^(a+)+$" }, value)).toBe(false);
    expect(satisfies({ type: "string", pattern: "^(a+)+$" }, "a".repeat(31))).toBe(true);
  });
});
