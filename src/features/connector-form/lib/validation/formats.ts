// The `format` checks the form applies. Only shapes connector specs use are checked; an unknown
// format passes (the connector checks its own values), as JSON Schema allows.
import { compilePattern } from "../patterns";

// Airbyte date-time fields carry their own `pattern`; the format check itself only needs to accept
// the usual ISO-8601 shapes (with or without seconds / zone) so it never contradicts the pattern.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A calendar date that exists (2024-02-30 does not). */
function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const CHECKS: Record<string, (value: string) => boolean> = {
  date: isDate,
  "date-time": (value) => DATE_TIME.test(value) && isDate(value.slice(0, 10)),
  time: (value) => TIME.test(value),
  email: (value) => EMAIL.test(value),
  "idn-email": (value) => EMAIL.test(value),
  uri: (value) => SCHEME.test(value) && URL.canParse(value),
  url: (value) => SCHEME.test(value) && URL.canParse(value),
  "uri-reference": (value) => !/[\s<>"{}|\\^`]/.test(value),
  "uri-template": (value) => !/\s/.test(value),
  uuid: (value) => UUID.test(value),
  ipv4: (value) => IPV4.test(value),
  ipv6: (value) => value.includes(":") && URL.canParse(`http://[${value}]`),
  hostname: (value) => HOSTNAME.test(value),
  regex: (value) => compilePattern(value).checked,
};

/** Whether the form checks values of this format (others pass unchecked). */
export function isCheckedFormat(format: string): boolean {
  return Object.hasOwn(CHECKS, format);
}

/** Whether a string satisfies a `format` as the form checks it (unknown formats pass). */
export function checkFormat(format: unknown, value: string): boolean {
  if (typeof format !== "string") return true;
  const check = Object.hasOwn(CHECKS, format) ? CHECKS[format] : undefined;
  return check ? check(value) : true;
}
