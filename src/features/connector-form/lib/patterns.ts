// The one place a spec's `pattern` becomes a check (the validator, the analyser, the date helpers and
// the sample generator all come here). Two promises:
//  - a pattern the browser cannot read costs only its own check: Java/Python spellings are translated
//    (./patternSyntax.ts), and what still cannot be read is not checked here (the connector checks it);
//  - no pattern can freeze the tab: a pattern that can backtrack exponentially (`^(a+)+$`) runs on
//    RE2 (re2js, linear time), and long values under polynomial patterns do too; what RE2 cannot run
//    either is not checked for such values. Every such case comes with a warning for the playground.
import { RE2JS } from "re2js";
import { backtrackingRisk, translatePattern, withoutLookarounds } from "./patternSyntax";

export interface CompiledPattern {
  /** The pattern as JavaScript reads it (after translation); what the sample generator reads. */
  source: string;
  /** Whether the value matches (JSON Schema's `pattern`: a match anywhere, not a full match). */
  test(value: string): boolean;
  /** Why the check differs from the spec's text, for the playground; undefined when it does not. */
  warning?: string;
  /** False when the pattern is not checked at all. */
  checked: boolean;
}

/** Backtracking steps a check may take (about a millisecond's work); sets the length cap below. */
const STEP_BUDGET = 1e6;

function native(source: string, flags: string, modes = ["u", ""]): RegExp | undefined {
  for (const mode of modes) {
    try {
      return new RegExp(source, flags + mode);
    } catch {
      // Unicode mode rejects escapes Java and Python accept; the legacy mode reads them as they do.
    }
  }
  return undefined;
}

function linear(source: string, flags: string): RE2JS | undefined {
  // RE2 has no lookarounds: checking without them accepts a little more, never refuses a good value.
  const text = withoutLookarounds(source).replace(/\\u([0-9a-fA-F]{4})/g, "\\x{$1}");
  try {
    return RE2JS.compile(flags.includes("i") ? `(?i)${text}` : text);
  } catch {
    return undefined;
  }
}

function compile(spec: string): CompiledPattern {
  const exact = native(spec, "", ["u"]);
  const translated = exact ? { source: spec, flags: "" } : translatePattern(spec);
  const regex = exact ?? (translated ? native(translated.source, translated.flags) : undefined);
  if (!regex || !translated) {
    return {
      source: spec,
      checked: false,
      test: () => true,
      warning: "This pattern is not a valid regular expression: it is not checked here (the connector checks values itself).",
    };
  }
  const note = exact ? undefined : `Written for Java or Python; checked as ${translated.source}.`;
  const risk = backtrackingRisk(translated.source);
  if (risk.nested) {
    const re2 = linear(translated.source, translated.flags);
    if (re2)
      return {
        source: translated.source,
        checked: true,
        test: (value) => re2.matcher(value).find(),
        warning: [note, "Nested repetition could freeze the page on some values: checked with a linear-time engine."].join(" ").trim(),
      };
    return {
      source: translated.source,
      checked: false,
      test: () => true,
      warning: "Nested repetition could freeze the page on some values, and no safe engine reads this pattern: it is not checked here.",
    };
  }
  // Polynomial backtracking (each unbounded repetition, and the search for a start, multiplies the
  // work by the length): fine on the short values patterns are for; longer values go to RE2.
  const maxLength = risk.degree === 0 ? STEP_BUDGET : Math.floor(STEP_BUDGET ** (1 / (risk.degree + 1)));
  let re2: RE2JS | undefined | null = null;
  return {
    source: translated.source,
    checked: true,
    test: (value) => {
      if (value.length <= maxLength) return regex.test(value);
      if (re2 === null) re2 = linear(translated.source, translated.flags);
      return re2 ? re2.matcher(value).find() : true;
    },
    warning: note,
  };
}

const cache = new Map<string, CompiledPattern>();

export function compilePattern(spec: string): CompiledPattern {
  let compiled = cache.get(spec);
  if (!compiled) {
    compiled = compile(spec);
    cache.set(spec, compiled);
  }
  return compiled;
}

/** Whether a value satisfies a schema's pattern (true when there is none or it is not checked). */
export function matchesPattern(pattern: unknown, value: string): boolean {
  return typeof pattern !== "string" || compilePattern(pattern).test(value);
}
