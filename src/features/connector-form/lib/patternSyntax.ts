// Reading a spec's `pattern` source text: connectors validate with Java's or Python's regex engine,
// so patterns are written for those. This turns their common spellings into JavaScript's (without
// changing what they accept) and measures how much backtracking a pattern can cause. Pure text work;
// ./patterns.ts compiles the result.

/** Letters whose escape means the same in JavaScript (unicode mode) as in Java and Python. */
const SHARED_ESCAPES = new Set("dDwWsSbBnrtfv0123456789".split(""));
/** Characters JavaScript's unicode mode allows (and needs) escaped outside a character class. */
const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));

/** `{n}`, `{n,}` or `{n,m}` starting at `i`: its end index and bounds, or undefined for a literal brace. */
function braceQuantifier(src: string, i: number): { end: number; min: number; max: number } | undefined {
  const match = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
  return { end: i + match[0].length, min, max };
}

/**
 * The pattern in JavaScript syntax (plus flags), or undefined when it uses something with no faithful
 * JavaScript spelling (an unknown letter escape, inline flags other than a leading `(?i)`, Java
 * class intersections). Only spellings are changed: `\-` → `-`, `(?P<n>` → `(?<n>`, `\A`/`\Z` →
 * `^`/`$`, atomic groups and possessive quantifiers → plain ones (they accept the same strings for
 * the patterns specs use), literal braces and brackets escaped.
 */
export function translatePattern(src: string): { source: string; flags: string } | undefined {
  let out = "";
  let flags = "";
  let i = 0;
  let inClass = false;
  let afterQuantifier: boolean = false;
  if (src.startsWith("(?i)")) {
    flags = "i";
    i = 4;
  }
  while (i < src.length) {
    const ch = src[i] ?? "";
    const wasQuantifier: boolean = afterQuantifier;
    afterQuantifier = false;
    if (ch === "\\") {
      const next = src[i + 1];
      if (next === undefined) return undefined;
      i += 2;
      if (SHARED_ESCAPES.has(next) || SYNTAX.has(next) || "xucpPk".includes(next) || (inClass && next === "-")) out += `\\${next}`;
      else if (!inClass && next === "A") out += "^";
      else if (!inClass && (next === "Z" || next === "z")) out += "$";
      else if (/[A-Za-z]/.test(next)) return undefined;
      else out += next;
      continue;
    }
    if (inClass) {
      if (ch === "&" && src[i + 1] === "&") return undefined;
      if (ch === "[" && src[i + 1] !== ":") out += "\\[";
      else out += ch;
      if (ch === "]") inClass = false;
      i += 1;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      out += ch;
      i += 1;
      // A "]" first in a class is a literal in Java and Python.
      if (src[i] === "^") {
        out += "^";
        i += 1;
      }
      if (src[i] === "]") {
        out += "\\]";
        i += 1;
      }
      continue;
    }
    if (ch === "(" && src[i + 1] === "?") {
      const rest = src.slice(i + 2);
      if (rest.startsWith("P<")) {
        out += "(?<";
        i += 4;
      } else if (rest.startsWith("P=")) {
        const close = src.indexOf(")", i);
        if (close < 0) return undefined;
        out += `\\k<${src.slice(i + 4, close)}>`;
        i = close + 1;
      } else if (rest.startsWith(">")) {
        out += "(?:";
        i += 3;
      } else if (/^[:=!]|^<[=!]|^<[A-Za-z]/.test(rest)) {
        out += "(?";
        i += 2;
      } else return undefined;
      continue;
    }
    if (ch === "*" || ch === "+" || ch === "?") {
      // A "+" right after a quantifier makes it possessive (Java); "?" makes it lazy (same in JavaScript).
      if (ch === "+" && wasQuantifier) {
        i += 1;
        continue;
      }
      out += ch;
      afterQuantifier = !wasQuantifier;
      i += 1;
      continue;
    }
    if (ch === "{") {
      const quantifier = braceQuantifier(src, i);
      if (quantifier) {
        out += src.slice(i, quantifier.end);
        i = quantifier.end;
        afterQuantifier = true;
      } else {
        out += "\\{";
        i += 1;
      }
      continue;
    }
    if (ch === "}" || ch === "]") out += `\\${ch}`;
    else out += ch;
    i += 1;
  }
  return inClass ? undefined : { source: out, flags };
}

/**
 * How badly a backtracking engine can do on this pattern: `nested` when a repeated group itself holds
 * a repetition or an alternation (`(a+)+`, `(a|aa)*`: exponential time on a short string), otherwise
 * `degree`, the number of unbounded repetitions (time grows at worst as length^degree).
 */
export function backtrackingRisk(src: string): { nested: boolean; degree: number } {
  interface Frame {
    repeats: boolean;
    alternates: boolean;
  }
  const stack: Frame[] = [{ repeats: false, alternates: false }];
  let degree = 0;
  let nested = false;
  let lastGroup: Frame | undefined;
  let inClass = false;
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (ch === "\\") {
      i += 1;
      lastGroup = undefined;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    const top = stack[stack.length - 1] as Frame;
    let unbounded = false;
    let quantifier = false;
    if (ch === "[") inClass = true;
    else if (ch === "(") stack.push({ repeats: false, alternates: false });
    else if (ch === ")" && stack.length > 1) {
      lastGroup = stack.pop();
      const parent = stack[stack.length - 1] as Frame;
      parent.repeats ||= Boolean(lastGroup?.repeats);
      continue;
    } else if (ch === "|") top.alternates = true;
    else if (ch === "*" || ch === "+") unbounded = quantifier = true;
    else if (ch === "?") quantifier = true;
    else if (ch === "{") {
      const bounds = braceQuantifier(src, i);
      if (bounds) {
        quantifier = true;
        unbounded = bounds.max > 16;
        i = bounds.end - 1;
      }
    }
    if (unbounded) {
      degree += 1;
      top.repeats = true;
      if (lastGroup && (lastGroup.repeats || lastGroup.alternates)) nested = true;
    }
    // A lazy or possessive marker after a quantifier is not itself a quantifier.
    if (quantifier && (src[i + 1] === "?" || src[i + 1] === "+")) i += 1;
    lastGroup = undefined;
  }
  return { nested, degree };
}

/** The pattern without lookaround groups: accepts at least what the pattern accepts. */
export function withoutLookarounds(src: string): string {
  let out = "";
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? "";
    if (ch === "\\") {
      out += src.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === "[") {
      const end = classEnd(src, i);
      out += src.slice(i, end);
      i = end;
      continue;
    }
    if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      i = groupEnd(src, i);
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

function classEnd(src: string, start: number): number {
  let i = start + 1;
  if (src[i] === "^") i += 1;
  if (src[i] === "]") i += 1;
  while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
  return i + 1;
}

function groupEnd(src: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < src.length) {
    const ch = src[i];
    if (ch === "\\") i += 2;
    else if (ch === "[") i = classEnd(src, i);
    else {
      if (ch === "(") depth += 1;
      if (ch === ")") depth -= 1;
      i += 1;
      if (depth === 0) return i;
    }
  }
  return i;
}
