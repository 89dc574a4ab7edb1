// Produces one string a (simple) regular expression accepts: enough for the patterns connector
// specs use (anchors, classes, groups, alternation, quantifiers). Returns undefined when unsure;
// callers always re-check the result against the real RegExp.
import { compilePattern } from "./patterns";

interface Cursor {
  src: string;
  i: number;
}

function classSample(c: Cursor): string {
  // c.i is just after "["
  let negate = false;
  if (c.src[c.i] === "^") {
    negate = true;
    c.i += 1;
  }
  let first: string | undefined;
  const excluded = new Set<string>();
  while (c.i < c.src.length && c.src[c.i] !== "]") {
    let ch = c.src[c.i] ?? "";
    if (ch === "\\") {
      const esc = c.src[c.i + 1] ?? "";
      c.i += 2;
      ch = esc === "d" ? "1" : esc === "w" ? "a" : esc === "s" ? " " : esc;
    } else c.i += 1;
    if (c.src[c.i] === "-" && c.src[c.i + 1] !== "]" && c.src[c.i + 1] !== undefined) {
      c.i += 2;
      if (c.src[c.i - 1] === "\\") c.i += 1;
    }
    first ??= ch;
    excluded.add(ch);
  }
  c.i += 1; // "]"
  if (negate) return ["a", "x", "1", "Z", "_"].find((ch) => !excluded.has(ch)) ?? "q";
  return first ?? "a";
}

function atom(c: Cursor): string {
  const ch = c.src[c.i] ?? "";
  if (ch === "(") {
    c.i += 1;
    if (c.src.startsWith("?:", c.i)) c.i += 2;
    else if (c.src.startsWith("?<", c.i) && c.src[c.i + 2] !== "=" && c.src[c.i + 2] !== "!") c.i = c.src.indexOf(">", c.i) + 1;
    const inner = alternation(c);
    c.i += 1; // ")"
    return inner;
  }
  if (ch === "[") {
    c.i += 1;
    return classSample(c);
  }
  if (ch === "\\") {
    const esc = c.src[c.i + 1] ?? "";
    c.i += 2;
    if (esc === "d") return "1";
    if (esc === "w") return "a";
    if (esc === "s") return " ";
    if (esc === "D" || esc === "W" || esc === "S") return esc === "D" ? "a" : "-";
    return esc;
  }
  c.i += 1;
  if (ch === ".") return "a";
  if (ch === "^" || ch === "$") return "";
  return ch;
}

function quantified(c: Cursor): string {
  const text = atom(c);
  const q = c.src[c.i];
  let min = 1;
  if (q === "?" || q === "*") {
    min = 0;
    c.i += 1;
  } else if (q === "+") {
    c.i += 1;
  } else if (q === "{") {
    const close = c.src.indexOf("}", c.i);
    const body = c.src.slice(c.i + 1, close);
    min = Number(body.split(",")[0]) || 0;
    c.i = close + 1;
  }
  if (c.src[c.i] === "?") c.i += 1; // lazy
  return text.repeat(min);
}

function sequence(c: Cursor): string {
  let out = "";
  while (c.i < c.src.length && c.src[c.i] !== "|" && c.src[c.i] !== ")") out += quantified(c);
  return out;
}

function alternation(c: Cursor): string {
  const options = [sequence(c)];
  while (c.src[c.i] === "|") {
    c.i += 1;
    options.push(sequence(c));
  }
  // Prefer a non-empty alternative: "^$|^\d+$" should give a real value.
  return options.find((o) => o !== "") ?? options[0] ?? "";
}

export function sampleForPattern(pattern: string): string | undefined {
  const compiled = compilePattern(pattern);
  if (!compiled.checked) return undefined;
  const text = alternation({ src: compiled.source, i: 0 });
  return compiled.test(text) ? text : undefined;
}
