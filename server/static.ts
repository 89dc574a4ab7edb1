// The built console (dist/): hashed files cached for good, index.html revalidated on every load, deep
// links answered with index.html (the console routes in the browser), and the runtime config
// generated here so the build talks to Airbyte through this server.
import { join, relative, sep } from "node:path";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import { isApiPath } from "./proxy.ts";

/** What the console reads at start-up: the real backend, on this origin (no `auth`: see README). */
const RUNTIME_CONFIG = { backend: "airbyte", apiUrl: "" } as const;

/**
 * Files in dist/ that only the embedded mock backend uses. The mock's OAuth page redirects to any
 * `redirect_uri` it is given (an open redirect), and its service worker answers API calls itself:
 * neither has any business on a server in front of a real Airbyte.
 */
const MOCK_ONLY_FILES = ["/mockServiceWorker.js", "/oauth-mock.html", "/oauth-mock.js"];

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

/** A path whose last segment has no dot is a route of the console (`/sources/1234`), not a file. */
function isRoutePath(path: string): boolean {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".");
}

export function staticSite(distDir: string): Router {
  const router = Router();
  const indexFile = join(distDir, "index.html");

  router.get("/config.json", (_request, response) => {
    response.set("Cache-Control", REVALIDATE).json(RUNTIME_CONFIG);
  });

  router.all(MOCK_ONLY_FILES, (_request, response) => {
    response.status(404).type("text/plain").send("Not found");
  });

  router.use(
    express.static(distDir, {
      index: false,
      redirect: false,
      // dist/.vite/manifest.json (the build's chunk map, for the benchmark) stays private.
      dotfiles: "ignore",
      setHeaders: (response, path) => {
        // Vite names everything under assets/ by content hash: a changed file is a new URL.
        const inAssets = relative(distDir, path).split(sep)[0] === "assets";
        response.setHeader("Cache-Control", inAssets ? IMMUTABLE : REVALIDATE);
      },
    }),
  );

  // Deep links: any other GET of a route path serves the console, which shows the page (or its own
  // "not found"). A missing file (an old hashed asset after a deploy) stays a 404, not HTML.
  router.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== "GET" && request.method !== "HEAD") || isApiPath(request.path) || !isRoutePath(request.path)) {
      next();
      return;
    }
    response.sendFile(indexFile, { headers: { "Cache-Control": REVALIDATE }, dotfiles: "allow" }, (error) => {
      if (error) next(error);
    });
  });

  return router;
}
