// How much specification text the playground keeps as a draft and shows in its text box. Real
// connector specs are under 100 KB; beyond a million characters a text box froze the page (a 5 MB
// paste: 260 ms of Chromium laying out the text), and localStorage would hold little else.
export const LARGE_TEXT_CHARS = 1_000_000;

/** "5.3 million characters": a text's size for people (counted, not encoded: this runs on each render). */
export function textSize(text: string): string {
  return `${(text.length / 1_000_000).toFixed(1)} million characters`;
}
