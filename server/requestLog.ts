// One log line per request: time, method, path, status, duration. Never the query string (OAuth
// codes, tokens), headers (cookies, Authorization) or bodies (passwords, connector secrets).
import type { NextFunction, Request, Response } from "express";

export type LogLine = (line: string) => void;

/** The path as logged: no query or fragment, no control characters, bounded length. */
function loggablePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = path.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

export function requestLog(log: LogLine) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = performance.now();
    const path = loggablePath(request.originalUrl);
    response.once("close", () => {
      const ms = Math.round(performance.now() - started);
      // 'close' without a finished answer: the client went away (or the answer broke off).
      const status = response.writableFinished
        ? String(response.statusCode)
        : `${response.headersSent ? response.statusCode : "-"} (aborted)`;
      log(`${new Date().toISOString()} ${request.method} ${path} ${status} ${ms}ms`);
    });
    next();
  };
}
