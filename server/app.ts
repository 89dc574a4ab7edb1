// Assembles the server: every request is logged and gets the security headers; then /healthz, the
// /api proxy to Airbyte, and the built console (compressed). Errors end as JSON for /api and as a
// plain 404/500 elsewhere.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { ServerConfig } from "./config.ts";
import { healthzHandler } from "./health.ts";
import { apiProxy, isApiPath, proxyErrorHandler } from "./proxy.ts";
import { type LogLine, requestLog } from "./requestLog.ts";
import { securityHeaders } from "./securityHeaders.ts";
import { staticSite } from "./static.ts";

function createApp(config: ServerConfig, log: LogLine): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLog(log));
  app.use(securityHeaders());
  app.get("/healthz", healthzHandler(config.airbyteUrl, config.healthTimeoutMs));
  app.use(apiProxy(config));
  // Compressed: the console's own files. Airbyte's answers pass through as Airbyte sent them (it
  // compresses when the browser asks), so the proxy never holds back a streamed answer.
  app.use(compression({ filter: (request, response) => !isApiPath(request.path) && compression.filter(request, response) }));
  app.use(staticSite(config.distDir));
  app.use((_request: Request, response: Response) => {
    response.status(404).type("text/plain").send("Not found");
  });
  app.use(proxyErrorHandler(config));
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    log(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.status(500).type("text/plain").send("Syncdeck's server failed to answer this request.");
  });
  return app;
}

export interface RunningServer {
  server: Server;
  /** http://host:port of the listening server (127.0.0.1 when it listens on every interface). */
  url: string;
  close(): Promise<void>;
}

/** Listen on `config.port` (0: a free one); resolves once it accepts connections. */
export function startServer(config: ServerConfig, log: LogLine): Promise<RunningServer> {
  const server = createServer(createApp(config, log));
  // Long calls (connector checks) must not be cut by the server's own clocks: no socket idle
  // timeout (Node's default), and receiving a request (headers and body) may take this long.
  server.requestTimeout = config.proxyTimeoutMs;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    const onListening = () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const host = !config.host || config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
      resolve({
        server,
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    };
    if (config.host) server.listen(config.port, config.host, onListening);
    else server.listen(config.port, onListening);
  });
}
