// Syncdeck's production server: `AIRBYTE_URL=http://localhost:8000 PORT=8080 npm start`.
// Serves the built console (dist/) and forwards /api/* to Airbyte on the same origin.
//
// Run by Node itself (`node server/index.ts`): Node 22.18+ and 24 strip TypeScript types when they
// load a .ts file, so the server needs no build step and no compiler at run time (the Docker image
// ships these files as they are). That is why the files here use only erasable syntax (no enums,
// no parameter properties; tsconfig.server.json enforces it) and import each other with `.ts`.
import { type ServerConfig, assertBuilt, configFromEnv } from "./config.ts";
import { startServer } from "./app.ts";
import { healthUrl, probeAirbyte } from "./health.ts";

/** After SIGTERM/SIGINT: calls still running get this long to finish, then their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  console.error(`Syncdeck's server cannot start: ${message}`);
  process.exit(1);
}

async function checkAirbyte(config: ServerConfig): Promise<void> {
  const probe = await probeAirbyte(config.airbyteUrl, config.healthTimeoutMs);
  const tried = `GET ${healthUrl(config.airbyteUrl)}`;
  if (probe.kind === "ok") {
    console.log(`Airbyte at ${config.airbyteUrl} is up.`);
  } else if (probe.kind === "unreachable") {
    console.warn(
      `Warning: could not reach Airbyte at ${config.airbyteUrl} (${tried}: ${probe.reason}). Serving anyway: API calls answer 502 until Airbyte is up. ` +
        "Check that Airbyte is running (abctl local status), that AIRBYTE_URL is the address you open Airbyte at, " +
        "and, inside Docker, that it names the host (e.g. http://host.docker.internal:8000), not localhost.",
    );
  } else {
    console.warn(
      `Warning: ${config.airbyteUrl} does not look like an Airbyte server (${tried} ${probe.reason}). ` +
        "Check AIRBYTE_URL: it should be the address you open Airbyte's own UI at, e.g. http://localhost:8000.",
    );
  }
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = configFromEnv(process.env);
    assertBuilt(config.distDir);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  const running = await startServer(config, (line) => console.log(line)).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") fail(`port ${config.port} is already in use: stop what runs there, or choose another with PORT=...`);
    if (code === "EACCES") fail(`no permission to listen on port ${config.port}: use a port above 1023, e.g. PORT=8080`);
    fail(error instanceof Error ? error.message : String(error));
  });
  console.log(`Syncdeck on ${running.url}/ (files from ${config.distDir}; /api/* goes to ${config.airbyteUrl}/api/)`);
  void checkAirbyte(config);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: stopping now.`);
      process.exit(0);
    }
    stopping = true;
    console.log(`${signal}: stopping (calls still running get ${SHUTDOWN_GRACE_MS / 1000} s to finish).`);
    setTimeout(() => running.server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    void running.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

await main();
