/// <reference types="node" />
// Node-only: builds the contract validator from the vendored description on disk. Works under
// Vitest, Playwright and tsx (all give this module a file: URL); cached per process because
// parsing the 700 KB YAML takes about half a second.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { createContractValidator, type ContractValidator } from "./validator";

const RELATIVE_PATH = "src/api/openapi/config.yaml";

// Resolved from this file, not with `new URL(..., import.meta.url)`: Vite rewrites that pattern into
// an asset URL under Vitest. The working directory (the project root for every npm script) is the fallback.
function findOpenapiPath(): string {
  const besideModule = resolve(dirname(fileURLToPath(import.meta.url)), "../..", RELATIVE_PATH);
  return existsSync(besideModule) ? besideModule : resolve(process.cwd(), RELATIVE_PATH);
}

/** Absolute path of the vendored Config API description. */
const OPENAPI_PATH = findOpenapiPath();

let cached: ContractValidator | undefined;

export function loadContractValidator(path: string = OPENAPI_PATH): ContractValidator {
  if (path !== OPENAPI_PATH) return createContractValidator(parse(readFileSync(path, "utf8")));
  cached ??= createContractValidator(parse(readFileSync(path, "utf8")));
  return cached;
}
