// Sample values ("Fill with sample values", test fixtures) must satisfy the field's own format,
// pattern and item types. Fields from real specs (source-amazon-ads, mocks/data/registry-2026),
// written the way other registry specs write them; the check is an independent ajv with its formats.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import amazonAds from "@mocks/data/registry-2026/source-amazon-ads.json";
import { sampleValue } from "./sampleConfig";
import type { JsonSchema } from "./jsonSchema";

type Properties = Record<string, JsonSchema>;
const properties = amazonAds.spec.connectionSpecification.properties as unknown as Properties;

function independentlyValid(schema: JsonSchema, value: unknown) {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  return ajv.validate(schema, value) ? [] : ajv.errors;
}

it("passes over an example written for another format (a date-time example on a date field)", () => {
  // Without the pattern (many registry specs give only the format), the format alone must be honoured.
  const { pattern: _pattern, ...field } = properties.start_date!;
  const startDate = { ...field, examples: ["2022-10-10T00:00:00Z"] };
  expect(startDate.format).toBe("date");
  const sample = sampleValue(startDate);
  expect(independentlyValid(startDate, sample)).toEqual([]);
});

it("keeps a list default only when its items have the items' type", () => {
  const profiles = { ...properties.profiles, default: ["1234567890"] };
  expect((profiles.items as JsonSchema).type).toBe("integer");
  const sample = sampleValue(profiles);
  expect(independentlyValid(profiles, sample)).toEqual([]);
});

it("makes list items distinct when several are needed", () => {
  const profiles = { ...properties.profiles, minItems: 3, uniqueItems: true };
  const sample = sampleValue(profiles);
  expect(independentlyValid(profiles, sample)).toEqual([]);
});
