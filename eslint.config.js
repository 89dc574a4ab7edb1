import { readdirSync } from "node:fs";
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The layers of ARCHITECTURE.md, enforced. Paths are relative to this file.
const root = import.meta.dirname;
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const TEST_FILES = ["**/*.test.{ts,tsx}", "src/test/**", "src/features/*/test/**", "src/features/*/testing/**"];

/** Zones of import-x/no-restricted-paths: who may not import whom. */
function layerZones({ tests }) {
  return [
    {
      target: "./src/api",
      from: ["./src/app", "./src/features", "./src/components", "./src/shared"],
      message: "src/api is the bottom layer: it imports nothing from the app, features, shared UI or the shared layer.",
    },
    {
      target: "./src/shared",
      from: ["./src/app", "./src/features", "./src/components"],
      message: "src/shared (app-wide hooks, contexts and helpers) imports only src/api and itself.",
    },
    {
      target: "./src/components",
      from: ["./src/app", "./src/features"],
      message: "src/components is shared UI with no feature knowledge: it imports only src/api, src/shared and itself.",
    },
    // Tests may render the app's routes (integration tests of a page in its real route tree).
    ...(tests
      ? []
      : [
          {
            target: "./src/features",
            from: "./src/app",
            message: "Features do not import the app shell; app-wide hooks and contexts live in src/shared.",
          },
        ]),
    // The app shell mounts a feature through its routes.tsx and uses its index.ts, nothing deeper.
    {
      target: "./src/app/**",
      from: "./src/features/**",
      except: ["**/src/features/*/index.ts", "**/src/features/*/routes.tsx"],
      message: "The app reaches a feature through its index.ts or its routes.tsx only.",
    },
    // Features meet only through a feature's index.ts (tests may also mount a feature's routes.tsx).
    ...features.map((feature) => ({
      target: `./src/features/${feature}/**`,
      from: `./src/features/!(${feature})/**`,
      except: ["**/src/features/*/index.ts", ...(tests ? ["**/src/features/*/routes.tsx"] : [])],
      message: `Import another feature through its index.ts (src/features/<name>/index.ts), not its internals.`,
    })),
  ];
}

const mocksZone = {
  target: "./src",
  from: "./mocks",
  message: "The console never depends on the mock backend (main.tsx loads it on demand; tests use src/test/server.ts).",
};

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      ".node",
      "public/mockServiceWorker.js",
      "src/api/schema.gen.ts",
      "playwright-report",
      "test-results",
      "playwright-report-server",
      "test-results-server",
      "bench/results.json",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The mock OAuth provider page's plain browser script (loaded by public/oauth-mock.html).
  { files: ["public/oauth-mock.js"], languageOptions: { sourceType: "script", globals: globals.browser } },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: {
      // The TypeScript settings of import-x's own typescript config (without its rules), so import-x
      // parses .ts and .tsx files when it follows imports (no-cycle), and resolves the @/ aliases.
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/external-module-folders": importX.flatConfigs.typescript.settings["import-x/external-module-folders"],
      "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { basePath: root, zones: layerZones({ tests: false }) }],
    },
  },
  {
    // Production code of the console: also never the mock backend, and HTTP only through src/api.
    files: ["src/**/*.{ts,tsx}"],
    ignores: [...TEST_FILES, "src/main.tsx"],
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: root, zones: [...layerZones({ tests: false }), mocksZone] }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/api/client",
              importNames: ["apiPost", "apiGet"],
              message: "Call endpoints through a function or hook in src/api/hooks (one hook and one query key per resource).",
            },
            {
              name: "@mantine/notifications",
              importNames: ["notifications"],
              message: "Show toasts with notify() from src/shared/notify.ts (named close button, readable message).",
            },
          ],
        },
      ],
    },
  },
  {
    // The toast helper itself.
    files: ["src/shared/notify.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: TEST_FILES,
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: root, zones: layerZones({ tests: true }) }],
    },
  },
);
