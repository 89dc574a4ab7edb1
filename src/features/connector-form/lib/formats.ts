// Dates and times as the schema wants them: recognising what a `pattern` expects, describing it in
// words ("YYYY-MM-DD") and producing a string that satisfies it from a picker's value.
import type { JsonSchema } from "./jsonSchema";
import { compilePattern } from "./patterns";

function safeRegExp(pattern: unknown): { test(value: string): boolean } | undefined {
  if (typeof pattern !== "string") return undefined;
  const compiled = compilePattern(pattern);
  return compiled.checked ? compiled : undefined;
}

/** Shapes a date/time pattern may ask for, most common first, with a sample and a description. */
const DATE_TIME_SHAPES = [
  { label: "YYYY-MM-DDTHH:mm:ssZ", render: (d: string, t: string) => `${d}T${t}Z`, sample: "2024-01-31T13:45:00Z" },
  { label: "YYYY-MM-DDTHH:mm:ss.SSSZ", render: (d: string, t: string) => `${d}T${t}.000Z`, sample: "2024-01-31T13:45:00.000Z" },
  { label: "YYYY-MM-DDTHH:mm:ss", render: (d: string, t: string) => `${d}T${t}`, sample: "2024-01-31T13:45:00" },
  { label: "YYYY-MM-DD HH:mm:ss", render: (d: string, t: string) => `${d} ${t}`, sample: "2024-01-31 13:45:00" },
  { label: "YYYY-MM-DDTHH:mm:ss+00:00", render: (d: string, t: string) => `${d}T${t}+00:00`, sample: "2024-01-31T13:45:00+00:00" },
] as const;

const DATE_SAMPLE = "2024-01-31";

export type TemporalKind = "date" | "date-time";

/** Whether a string field is a date or a date-time, by its format or by what its pattern accepts. */
export function temporalKind(schema: JsonSchema): TemporalKind | undefined {
  if (schema.format === "date") return "date";
  if (schema.format === "date-time") return "date-time";
  const regex = safeRegExp(schema.pattern);
  if (!regex) return undefined;
  if (regex.test(DATE_SAMPLE)) return "date";
  if (DATE_TIME_SHAPES.some((shape) => regex.test(shape.sample))) return "date-time";
  return undefined;
}

/** The string a date-time picker value ("2024-01-31T13:45" or with seconds) becomes for this schema. */
export function formatDateTime(schema: JsonSchema, pickerValue: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?/.exec(pickerValue);
  if (!match) return pickerValue;
  const date = match[1] ?? "";
  const time = `${match[2] ?? "00:00"}:${match[3] ?? "00"}`;
  const regex = safeRegExp(schema.pattern);
  for (const shape of DATE_TIME_SHAPES) {
    const text = shape.render(date, time);
    if (!regex || regex.test(text)) return text;
  }
  return `${date}T${time}Z`;
}

/** The date-time picker's value for a stored string, or undefined when the string is not a date-time. */
export function toPickerDateTime(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?/.exec(value);
  return match ? `${match[1]}T${match[2]}:${match[3] ?? "00"}` : undefined;
}

function expectedShape(schema: JsonSchema): string | undefined {
  const regex = safeRegExp(schema.pattern);
  if (!regex) return undefined;
  if (regex.test(DATE_SAMPLE)) return "YYYY-MM-DD";
  return DATE_TIME_SHAPES.find((shape) => regex.test(shape.sample))?.label;
}

/** Error text for a value that does not match `pattern`: the descriptor, never the regex. */
export function patternExpectation(schema: JsonSchema): string {
  if (typeof schema.pattern_descriptor === "string" && schema.pattern_descriptor.trim())
    return `Expected format: ${schema.pattern_descriptor}`;
  const shape = expectedShape(schema);
  if (shape) return `Expected format: ${shape}`;
  const example = Array.isArray(schema.examples) ? schema.examples.find((e) => typeof e === "string") : undefined;
  return typeof example === "string" ? `Doesn't match the expected format, for example: ${example}` : "Doesn't match the expected format";
}

export function describeFormat(format: string): string {
  switch (format) {
    case "date":
      return "Expected format: YYYY-MM-DD";
    case "date-time":
      return "Expected format: YYYY-MM-DDTHH:mm:ssZ";
    case "time":
      return "Expected format: HH:mm:ss";
    case "email":
      return "Enter an email address, like name@example.com";
    case "uri":
    case "url":
      return "Enter a full URL, like https://example.com";
    default:
      return `Expected format: ${format}`;
  }
}
