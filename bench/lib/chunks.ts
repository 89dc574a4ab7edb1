// Which built JS files belong to the embedded mock backend. The mock is the "server" in a demo
// build, so it is reported apart from the console's own JavaScript. Read from Vite's build
// manifest: a chunk is the mock's when it can only be reached through a module under mocks/.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export const MOCK_SERVICE_WORKER = "mockServiceWorker.js";

function readManifest(distDir: string): Manifest {
  const path = join(distDir, ".vite", "manifest.json");
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest enabled (vite.config.ts)`);
  return JSON.parse(readFileSync(path, "utf8")) as Manifest;
}

const isMockModule = (chunk: ManifestChunk) => chunk.src?.startsWith("mocks/") ?? false;

function reachable(manifest: Manifest, starts: string[], enter: (chunk: ManifestChunk) => boolean): Set<string> {
  const seen = new Set<string>();
  const files = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const key = stack.pop()!;
    const chunk = manifest[key];
    if (!chunk || seen.has(key) || !enter(chunk)) continue;
    seen.add(key);
    files.add(chunk.file);
    stack.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
  }
  return files;
}

/** Build-relative paths ("assets/browser-abc.js") of JS files only the mock backend uses. */
export function mockOnlyFiles(distDir: string): Set<string> {
  const manifest = readManifest(distDir);
  const keys = Object.keys(manifest);
  const app = reachable(
    manifest,
    keys.filter((key) => manifest[key]!.isEntry),
    (chunk) => !isMockModule(chunk),
  );
  const mock = reachable(
    manifest,
    keys.filter((key) => isMockModule(manifest[key]!)),
    () => true,
  );
  const only = new Set([...mock].filter((file) => !app.has(file) && file.endsWith(".js")));
  only.add(MOCK_SERVICE_WORKER);
  return only;
}

/** The entry chunk and everything it imports statically: the JS every page needs before any route. */
export function entryFiles(distDir: string): Set<string> {
  const manifest = readManifest(distDir);
  const files = new Set<string>();
  const stack = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const seen = new Set<string>();
  while (stack.length > 0) {
    const key = stack.pop()!;
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) continue;
    seen.add(key);
    if (chunk.file.endsWith(".js")) files.add(chunk.file);
    stack.push(...(chunk.imports ?? []));
  }
  return files;
}
