/// <reference types="vitest/config" />
import { globSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicy } from "./server/csp.ts";

// `AIRBYTE_API_URL=http://host:8000 npm run dev` proxies /api to a real Airbyte server, so the
// browser talks to one origin (no CORS set-up needed on the server).
const airbyteApiUrl = process.env.AIRBYTE_API_URL;

// Test files that need no DOM run in plain Node: jsdom's start-up costs over a second per file on
// the 2-core CI machine, more than most of these files' tests take. The mock's own tests (it runs in
// Node as `npm run mock:server` too) and the console's pure logic (lib/ and shared/), except those
// that use the browser's storage or the console's API client (relative URLs, resolved against jsdom's
// location), which stay in jsdom.
const root = fileURLToPath(new URL(".", import.meta.url));
const NEED_A_BROWSER = [
  "mocks/browserPersistence.test.ts",
  "mocks/catalog.test.ts",
  "src/features/connections/lib/connectionDraftStore.test.ts",
  "src/features/connectors/lib/drafts.test.ts",
];
const MOCK_TESTS = globSync("mocks/**/*.test.ts", { cwd: root, exclude: NEED_A_BROWSER });
const LOGIC_TESTS = globSync(["src/**/lib/**/*.test.ts", "src/shared/**/*.test.ts"], { cwd: root, exclude: NEED_A_BROWSER });

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      "@mocks": fileURLToPath(new URL("./mocks", import.meta.url)),
    },
  },
  define: {
    // Lets the dev server tell the app to use the proxied real server instead of the mock.
    "import.meta.env.SYNCDECK_DEV_BACKEND": JSON.stringify(airbyteApiUrl ? "airbyte" : ""),
  },
  // The e2e suite runs the build here: under the production server's Content-Security-Policy, so a
  // change that needs more than it allows fails there rather than in production.
  preview: { headers: { "Content-Security-Policy": contentSecurityPolicy() } },
  server: {
    port: 5173,
    proxy: airbyteApiUrl ? { "/api": { target: airbyteApiUrl, changeOrigin: true } } : undefined,
  },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // dist/.vite/manifest.json: lets the benchmark tell the console's chunks from the mock backend's.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry needs before any route renders (React, router, query, Mantine
            // core, the shell) in one chunk: the automatic split cut it into ~15 small shared
            // chunks that every page loads anyway, costing requests and gzip context.
            { name: "shell", tags: ["$initial"] },
            // What the paged lists share (the Connections page, the first screen, among them): one
            // file instead of a dozen tiny ones, each of which costs a request and its own gzip
            // context. The virtualiser (pagedTable/VirtualTableRows) stays apart: it loads on demand.
            {
              name: "lists",
              // Also the small pieces every list page shows (page header, icons, the row switch, buttons, URL
              // state, toasts, the connections' sync states and tags): as chunks of their own they
              // cost a request and a gzip context each.
              test: /src[\\/](components[\\/](PlainTable|SortButton|PageHeader|ConnectorIcon|DotBadge|TagBadge|controls[\\/]ToggleSwitch|pagedTable[\\/](PagedTableRows|PagedListFooter|useLoadMoreSentinel))|api[\\/](cursorPaging|polling|hooks[\\/](pagedList|connectionList|syncStatus|tags)\.)|shared[\\/](useDebouncedValue|useInstantSearchParams|notify|format|syncState)\.)|@tanstack[\\/](react-query|query-core)[\\/]build[\\/]modern[\\/](useInfiniteQuery|infiniteQueryObserver|useMutation|mutationObserver|useQueries|queriesObserver|queryOptions)\.|@tabler[\\/]icons-react[\\/].*[\\/](IconArrowUp|IconArrowDown|IconArrowRight|IconArrowsSort|IconSearch|IconPlus)\./,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    testTimeout: 60_000,
    css: false,
    // A test that asserts nothing cannot fail: every test must make at least one assertion.
    expect: { requireAssertions: true },
    projects: [
      // The console and the mock backend: jsdom, with the mock's handlers intercepting fetch.
      {
        extends: true,
        test: {
          name: "app",
          environment: "jsdom",
          setupFiles: ["./src/test/setup.ts"],
          include: ["src/**/*.test.{ts,tsx}", "mocks/**/*.test.ts"],
          exclude: [...MOCK_TESTS, ...LOGIC_TESTS],
        },
      },
      // The mock backend's own tests: Node, with its handlers intercepting fetch.
      { extends: true, test: { name: "mock", environment: "node", setupFiles: ["./src/test/setupMock.ts"], include: MOCK_TESTS } },
      // The console's pure logic: Node, nothing intercepted.
      { extends: true, test: { name: "logic", environment: "node", setupFiles: ["./src/test/setupLogic.ts"], include: LOGIC_TESTS } },
      // The production server (server/): plain Node over real sockets, nothing intercepted.
      { extends: true, test: { name: "server", environment: "node", include: ["server/**/*.test.ts"] } },
    ],
  },
});
