// Line and column (1-based) in the text the user pasted, for every parser's error messages.

export interface TextPosition {
  line: number;
  column: number;
}

/** Line and column of a character offset. */
function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Where JSON.parse stopped, from its message: engines say "line L column C" or "position N", or
 * "end of JSON input" (the problem is at the very end).
 */
export function jsonErrorPosition(text: string, message: string): TextPosition | undefined {
  const lineCol = /line (\d+) column (\d+)/i.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return positionAt(text, Number(position[1]));
  if (/end of (JSON )?input/i.test(message)) return positionAt(text, text.length);
  return undefined;
}

/** JSON.parse's message without the position it also gives as numbers. */
export function jsonErrorMessage(message: string): string {
  return message.replace(/\s*\(line \d+ column \d+\)/i, "").replace(/ in JSON at position \d+/i, "");
}
