/** uPlot draws on a 2D canvas; without one (very old browsers, jsdom) a chart shows its text fallback. */
export function canvasAvailable(): boolean {
  try {
    return Boolean(document.createElement("canvas").getContext("2d"));
  } catch {
    return false;
  }
}
