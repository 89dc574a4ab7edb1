// Patterns as connector authors write them for Java or Python, and patterns that would freeze a
// backtracking engine. The date patterns are the real specs' own (`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, in
// 29 specs under ../shared/fixtures), written with the escapes Java and Python accept.
import mysql from "@mocks/data/registry-2026/source-mysql.json";
import { analyzeSpec } from "./analyzeSpec";
import { compilePattern } from "./patterns";
import type { JsonSchema } from "./jsonSchema";
import { validateConfig } from "./validateConfig";

describe("patterns written for Java or Python", () => {
  it("reads an escaped hyphen outside a class as a hyphen, and says so", () => {
    const pattern = compilePattern("^[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}$");
    expect(pattern.checked).toBe(true);
    expect(pattern.test("2024-01-31")).toBe(true);
    expect(pattern.test("2024/01/31")).toBe(false);
    expect(pattern.warning).toMatch(/Java or Python/);
  });

  it("reads Python's named groups, \\A and \\Z, Java's possessive quantifiers and a leading (?i)", () => {
    expect(compilePattern("\\A(?P<year>[0-9]{4})\\Z").test("2024")).toBe(true);
    expect(compilePattern("\\A(?P<year>[0-9]{4})\\Z").test("20245")).toBe(false);
    expect(compilePattern("^[a-z]++\\:[0-9]*+$").test("abc:12")).toBe(true);
    expect(compilePattern("(?i)^prod$").test("PROD")).toBe(true);
  });

  it("leaves a pattern JavaScript reads as it is, without a warning", () => {
    const pattern = compilePattern("^[a-z0-9_\\-]+$");
    expect(pattern.warning).toBeUndefined();
    expect(pattern.test("my-bucket_1")).toBe(true);
    expect(pattern.test("My Bucket")).toBe(false);
  });

  it("does not check a pattern no engine reads, and says so", () => {
    const pattern = compilePattern("^([0-9]+$");
    expect(pattern.checked).toBe(false);
    expect(pattern.test("anything")).toBe(true);
    expect(pattern.warning).toMatch(/not a valid regular expression/);
  });
});

describe("patterns that would freeze the page", () => {
  it("checks ^(a+)+$ on 31 characters plus one in linear time, and warns", () => {
    const pattern = compilePattern("^(a+)+$");
    // A backtracking engine takes tens of seconds here (the test would time out).
    expect(pattern.test(`${"a".repeat(31)}!`)).toBe(false);
    expect(pattern.test("a".repeat(31))).toBe(true);
    expect(pattern.warning).toMatch(/linear-time/);
  });

  it("checks overlapping alternatives under repetition in linear time", () => {
    expect(compilePattern("^(a|aa)*$").test(`${"a".repeat(5000)}b`)).toBe(false);
  });

  it("checks a long value under a polynomial pattern without backtracking over it", () => {
    const pattern = compilePattern("^.*a.*a.*a.*b$");
    expect(pattern.test(`${"a".repeat(20000)}c`)).toBe(false);
    expect(pattern.test("xaxaxab")).toBe(true);
  });
});

describe("a spec with such patterns", () => {
  // A real spec whose date pattern is written the Java way, and one field given a freezing pattern.
  const spec = structuredClone(mysql.spec.connectionSpecification) as unknown as JsonSchema & { properties: Record<string, JsonSchema> };
  const host = "host";
  spec.properties[host] = { ...spec.properties[host], pattern: "^(a+)+$" };
  spec.properties.database = { ...spec.properties.database, pattern: "^[a-z]\\-[a-z]$" };

  it("still renders, with each pattern's warning at its path", () => {
    const analysis = analyzeSpec(spec);
    expect(analysis.blocking).toBe(false);
    const warnings = analysis.problems.filter((p) => p.keyword === "pattern").map((p) => p.path);
    expect(warnings).toEqual(expect.arrayContaining([`/properties/${host}`, "/properties/database"]));
  });

  it("validates against the translated pattern and answers at once on the freezing one", () => {
    const schema = analyzeSpec(spec).schema as JsonSchema;
    const errors = validateConfig(schema, { [host]: `${"a".repeat(40)}!`, database: "a-b" });
    expect(errors.map((e) => e.path)).toContainEqual([host]);
    expect(errors.map((e) => e.path)).not.toContainEqual(["database"]);
    expect(validateConfig(schema, { [host]: "aaa", database: "ab" }).map((e) => e.path)).toContainEqual(["database"]);
  });
});
