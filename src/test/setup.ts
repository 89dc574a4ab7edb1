import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { installMockServer } from "./mockServerHooks";

// findBy*/waitFor wait on visible state; the limit is sized for a slow, busy 2-core machine (lazy form
// code can take seconds to load there), not for a fast laptop. A passing wait returns as soon as it can.
configure({ asyncUtilTimeout: 30_000 });

// jsdom lacks these browser APIs that Mantine and virtualised lists rely on.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!("ResizeObserver" in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// Unmount what the test rendered and clear what it stored before the mock goes back to its seed.
installMockServer(() => {
  cleanup();
  localStorage.clear();
});
