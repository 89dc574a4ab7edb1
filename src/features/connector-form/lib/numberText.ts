// What a number field does with the text typed into it. A JavaScript number holds integers exactly
// only up to 2^53 - 1 and about 15 significant digits: beyond that Number() silently changes what
// was typed (9007199254740993 becomes ...992, 25 digits become 1e+24, and the next digit typed after
// "1e+24" makes Infinity). Such text is kept as typed, with a message saying why it cannot be a number.

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const INTEGER_TEXT = /^[-+]?\d+$/;
const MAX_SIGNIFICANT_DIGITS = 15;

/** The value to store for typed text: a number when it is one exactly, otherwise the text itself (nothing is lost). */
export function parseNumberText(raw: string): number | string | undefined {
  const text = raw.trim();
  if (text === "") return undefined;
  return numberTextProblem(text) === undefined && Number.isFinite(Number(text)) ? Number(text) : raw;
}

/** Why typed numeric text cannot be kept as a number, or undefined (also for text that is no number at all: the validator says so). */
export function numberTextProblem(raw: string): string | undefined {
  const text = raw.trim();
  if (!NUMERIC.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return "This number is too large to be kept.";
  if (INTEGER_TEXT.test(text)) {
    return Number.isSafeInteger(value)
      ? undefined
      : `Whole numbers can be at most ${Number.MAX_SAFE_INTEGER} (and at least -${Number.MAX_SAFE_INTEGER}) to be kept exactly.`;
  }
  const mantissa = text.replace(/^[-+]/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return mantissa.length > MAX_SIGNIFICANT_DIGITS
    ? `A number can have at most ${MAX_SIGNIFICANT_DIGITS} significant digits to be kept exactly.`
    : undefined;
}
