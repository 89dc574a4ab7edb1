// Warnings name the place in the spec they are about, once each: an author fixes them from the list.
import postgres from "@mocks/data/connectors/source-postgres.json";
import kafka from "@mocks/data/registry-2026/destination-kafka.json";
import pokeapi from "@mocks/data/registry-2026/source-pokeapi.json";
import { analyzeSpec } from "./analyzeSpec";

/** Where the real spec writes a keyword, found by walking its JSON (independently of the analyser). */
function placesOf(value: unknown, keyword: string, path = ""): string[] {
  if (typeof value !== "object" || value === null) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [
    ...(key === keyword && !path.endsWith("/properties") ? [`${path}/${key}`] : []),
    ...placesOf(child, keyword, `${path}/${key}`),
  ]);
}

test("an unknown keyword is listed once per place it is written, at that place (real source-postgres: min and max)", () => {
  const spec = postgres.spec.connectionSpecification;
  const warnings = analyzeSpec(structuredClone(spec)).problems.filter((p) => p.severity === "warning");
  for (const keyword of ["min", "max"]) {
    const expected = placesOf(spec, keyword);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      warnings
        .filter((w) => w.keyword === keyword)
        .map((w) => w.path)
        .sort(),
    ).toEqual(expected.sort());
  }
});

test("an enum that repeats a value offers each value once, in the spec's order, with one warning at the field (real destination-kafka)", () => {
  const spec = kafka.spec.connectionSpecification;
  const { schema, problems } = analyzeSpec(structuredClone(spec));
  const written = spec.properties.client_dns_lookup.enum;
  // Independently of the analyser: the first place of each value, in the order the spec writes them.
  const firsts = written.filter((value, index) => written.indexOf(value) === index);
  expect(firsts.length).toBeLessThan(written.length);
  expect((schema as typeof spec).properties.client_dns_lookup.enum).toEqual(firsts);
  expect(problems.filter((p) => p.keyword === "enum")).toEqual([
    expect.objectContaining({ severity: "warning", path: "/properties/client_dns_lookup" }),
  ]);
});

test("an enum of distinct values (real source-pokeapi, 898 names) is kept whole, with no warning", () => {
  const spec = pokeapi.spec.connectionSpecification;
  const { schema, problems } = analyzeSpec(structuredClone(spec));
  expect((schema as typeof spec).properties.pokemon_name.enum).toEqual(spec.properties.pokemon_name.enum);
  expect(problems.filter((p) => p.keyword === "enum")).toEqual([]);
});
