// jsdom lays nothing out, so virtualised lists would render no rows. Give elements the size a
// browser would report: scroll containers a viewport, measured rows (data-index) a row height.
import { vi } from "vitest";

export function withLayout(size = { width: 1000, height: 600 }, rowHeight = 60): void {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(size.height);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(size.width);
    vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
      return this.hasAttribute("data-index") ? rowHeight : 0;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
