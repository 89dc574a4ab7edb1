import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startSession } from "@/api/auth/session";
import { setBackendReady } from "@/api/backendReady";
import { loadRuntimeConfig } from "@/api/runtimeConfig";
import { App } from "@/app/App";
import { StartupError } from "@/app/StartupError";

async function start() {
  const root = createRoot(document.getElementById("root")!);
  const config = await loadRuntimeConfig();
  if (config.backend === "mock") {
    // The embedded backend is its own chunk: a build pointed at a real server never loads it. It
    // starts while the console renders; API calls wait for it (src/api/backendReady.ts).
    const started = import("@mocks/browser").then(({ startBrowserMock }) => startBrowserMock());
    setBackendReady(started);
    started.catch((error: unknown) => root.render(<StartupError error={error} />));
  }
  // How the server wants to be signed in to is found while the console renders; calls go out meanwhile.
  void startSession();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
