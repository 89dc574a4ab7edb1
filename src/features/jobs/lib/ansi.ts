// ANSI escape sequences -> styled text segments. The output is data (text + class names + colours),
// rendered by React as text nodes, so a log line can never inject markup.
import Anser from "anser";

export interface AnsiSegment {
  text: string;
  /** CSS class names from the fixed set in LogViewer.module.css (ansi-red-fg, ansi-bold, ...). */
  classNames: string[];
  /** Only for 256-colour and true-colour codes, which have no class. */
  color?: string;
  background?: string;
}

// Escape sequences: CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), and two-byte escapes.
// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

function hasAnsi(text: string): boolean {
  return text.includes("\u001b");
}

export function stripAnsi(text: string): string {
  return hasAnsi(text) ? text.replace(ANSI_PATTERN, "") : text;
}

const BASIC = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

/** xterm's 256-colour palette entry n as an rgb() colour. */
function paletteColor(n: number): string {
  if (n < 16) {
    const base = [
      [0, 0, 0],
      [187, 0, 0],
      [0, 187, 0],
      [187, 187, 0],
      [0, 0, 187],
      [187, 0, 187],
      [0, 187, 187],
      [229, 229, 229],
      [85, 85, 85],
      [255, 85, 85],
      [0, 255, 0],
      [255, 255, 85],
      [85, 85, 255],
      [255, 85, 255],
      [85, 255, 255],
      [255, 255, 255],
    ][n] as number[];
    return `rgb(${base.join(", ")})`;
  }
  if (n < 232) {
    const i = n - 16;
    const levels = [0, 95, 135, 175, 215, 255];
    return `rgb(${levels[Math.floor(i / 36)]}, ${levels[Math.floor(i / 6) % 6]}, ${levels[i % 6]})`;
  }
  const grey = 8 + (n - 232) * 10;
  return `rgb(${grey}, ${grey}, ${grey})`;
}

function colourOf(anserClass: string | null, truecolor: string | null, side: "fg" | "bg"): { className?: string; color?: string } {
  if (!anserClass) return {};
  if (anserClass === "ansi-truecolor") return truecolor && /^[\d, ]+$/.test(truecolor) ? { color: `rgb(${truecolor})` } : {};
  const palette = /^ansi-palette-(\d+)$/.exec(anserClass);
  if (palette) return { color: paletteColor(Math.min(255, Number(palette[1]))) };
  const name = anserClass.replace(/^ansi-/, "");
  const bright = name.startsWith("bright-");
  const base = bright ? name.slice("bright-".length) : name;
  if (!BASIC.includes(base)) return {};
  return { className: `ansi-${bright ? "bright-" : ""}${base}-${side}` };
}

const DECORATIONS = new Set(["bold", "dim", "italic", "underline", "strikethrough"]);

/** Split a line into styled segments. Lines without escapes come back as one plain segment. */
export function parseAnsi(line: string): AnsiSegment[] {
  if (!hasAnsi(line)) return line ? [{ text: line, classNames: [] }] : [];
  const entries = Anser.ansiToJson(line, { json: true, use_classes: true, remove_empty: true });
  const segments: AnsiSegment[] = [];
  for (const entry of entries) {
    // Anser leaves sequences it does not understand (cursor moves, OSC) in the text: drop them.
    const text = stripAnsi(entry.content);
    if (!text) continue;
    const fg = colourOf(entry.fg, entry.fg_truecolor, "fg");
    const bg = colourOf(entry.bg, entry.bg_truecolor, "bg");
    const classNames = [fg.className, bg.className, ...entry.decorations.filter((d) => DECORATIONS.has(d)).map((d) => `ansi-${d}`)].filter(
      (name): name is string => Boolean(name),
    );
    segments.push({ text, classNames, color: fg.color, background: bg.color });
  }
  return segments;
}
