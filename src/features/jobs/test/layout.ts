// jsdom lays nothing out, so virtualised lists would render no rows. Give elements the size a
// browser would report for the scroll containers, for the duration of each test in a file.
import { vi } from 'vitest';

export function withLayout(size = { width: 1000, height: 600 }): void {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(size.height);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(size.width);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
