// Warnings name the place in the spec they are about, once each: an author fixes them from the list.
import postgres from "@mocks/data/connectors/source-postgres.json";
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
