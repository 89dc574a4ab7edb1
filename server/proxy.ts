// /api/* to Airbyte, so the console and Airbyte's API share one origin: Airbyte's sign-in cookie
// (SameSite=Strict) reaches it, no CORS is involved, and Airbyte's check that requests addressed to
// it as localhost come from localhost passes. Bodies stream both ways (nothing is buffered or
// parsed here), so Airbyte's own limits (10 MB) apply.
import { type IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { createProxyMiddleware, debugProxyErrorsPlugin, proxyEventsPlugin } from "http-proxy-middleware";
import type { ServerConfig } from "./config.ts";
import { describeNetworkError } from "./health.ts";
import { OWNED_HEADERS } from "./securityHeaders.ts";

export function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

/** Incoming requests whose call to Airbyte timed out (answered 504 rather than 502). */
const timedOut = new WeakSet<IncomingMessage>();

/** A browser request from a page of another origin: not forwarded (see `checkOrigin`). */
class ForeignOriginError extends Error {
  override name = "ForeignOriginError";
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(",")[0]?.trim() || undefined;
}

/**
 * Browsers send `Origin` on API calls. Airbyte compares it with the address it is reached at, and a
 * console on another host or port looks like a foreign site. So a request from our own pages (its
 * Origin names the host the browser addressed: `Host`, or `X-Forwarded-Host` behind a reverse proxy)
 * goes on with Airbyte's own origin. A request from another site's page is refused here rather
 * than laundered into a same-origin one (that would hand Airbyte a cross-site request as ours).
 */
function checkOrigin(request: IncomingMessage, airbyteOrigin: string): void {
  const origin = firstHeader(request.headers.origin);
  if (origin === undefined) return; // not a browser, or a same-origin GET: nothing to rewrite
  let originHost: string | undefined;
  try {
    originHost = origin === "null" ? undefined : new URL(origin).host.toLowerCase();
  } catch {
    originHost = undefined;
  }
  const ownHosts = [firstHeader(request.headers["x-forwarded-host"]), firstHeader(request.headers.host)]
    .filter(Boolean)
    .map((host) => host!.toLowerCase());
  if (originHost === undefined || !ownHosts.includes(originHost)) {
    throw new ForeignOriginError(
      `Syncdeck's server forwards API calls only from its own pages: this call came from a page at ${origin}, but the server was addressed as ${ownHosts.join(" / ") || "(no Host header)"}. ` +
        "Behind a reverse proxy, pass the browser's Host header on (nginx: proxy_set_header Host $host;).",
    );
  }
  request.headers.origin = airbyteOrigin;
}

/** `Set-Cookie` values without their `Secure` attribute (AIRBYTE_INSECURE_COOKIES=1). */
function withoutSecure(cookies: string[]): string[] {
  return cookies.map((cookie) => cookie.replace(/;\s*Secure\s*(?=;|$)/gi, ""));
}

export function apiProxy(config: ServerConfig): RequestHandler {
  const airbyteOrigin = new URL(config.airbyteUrl).origin;
  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: config.airbyteUrl,
    // The path is kept whole (/api/v1/...), appended to AIRBYTE_URL (which may have a path prefix).
    pathFilter: (path) => isApiPath(path),
    // Host: Airbyte's own (its ingress routes by host name).
    changeOrigin: true,
    // Cookies belong to this origin: a Domain attribute naming Airbyte's host would make the browser drop them.
    cookieDomainRewrite: { "*": "" },
    xfwd: false,
    // Not the default logger (it logs query strings) nor the default error page (HTML): `on.error`
    // below answers failures as JSON.
    ejectPlugins: true,
    plugins: [debugProxyErrorsPlugin, proxyEventsPlugin],
    // Nothing from Airbyte for this long (an idle connection): give up. Without it there is no limit.
    proxyTimeout: config.proxyTimeoutMs,
    on: {
      proxyReq: (proxyRequest, request) => {
        // Marked in the same 'timeout' event in which the proxy aborts the call, before the abort's
        // error arrives: so the error handler can answer 504 rather than 502.
        proxyRequest.once("timeout", () => timedOut.add(request));
      },
      // Without this listener the failure would end as an HTML page (or not at all).
      error: (error, request, response) => {
        if (response instanceof ServerResponse) answerProxyError(error, request, response, config);
        else response.destroy();
      },
      proxyRes: (proxyResponse) => {
        for (const name of OWNED_HEADERS) delete proxyResponse.headers[name];
        const cookies = proxyResponse.headers["set-cookie"];
        if (config.insecureCookies && cookies) proxyResponse.headers["set-cookie"] = withoutSecure(cookies);
      },
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if (!isApiPath(request.path)) {
      next();
      return;
    }
    try {
      checkOrigin(request, airbyteOrigin);
    } catch (error) {
      if (!(error instanceof ForeignOriginError)) throw error;
      response.status(403).json({ message: error.message });
      return;
    }
    // The page's URL is none of Airbyte's business (and a foreign one could fail its origin check).
    delete request.headers.referer;
    void proxy(request, response, next);
  };
}

/** A failed call to Airbyte, answered as JSON the console can show (it reads `message`). */
function answerProxyError(
  error: unknown,
  request: IncomingMessage,
  response: ServerResponse,
  { airbyteUrl, proxyTimeoutMs }: Pick<ServerConfig, "airbyteUrl" | "proxyTimeoutMs">,
): void {
  if (response.writableEnded) return;
  if (response.headersSent) {
    // Airbyte's answer broke off half-way: all we can do is end it, visibly broken.
    response.destroy();
    return;
  }
  let status = 502;
  let message = `Syncdeck's server could not reach Airbyte at ${airbyteUrl}: ${describeNetworkError(error)}`;
  if (timedOut.has(request)) {
    const minutes = Math.round(proxyTimeoutMs / 60_000);
    status = 504;
    message = `Syncdeck's server gave up waiting for Airbyte at ${airbyteUrl}: no answer within ${minutes >= 1 ? `${minutes} minutes` : `${proxyTimeoutMs} ms`}.`;
  }
  response
    .writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" })
    .end(JSON.stringify({ message }));
}

/** Errors a proxied call passes on to Express (the proxy answers its own; this is the safety net). */
export function proxyErrorHandler(config: Pick<ServerConfig, "airbyteUrl" | "proxyTimeoutMs">) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (isApiPath(request.path)) answerProxyError(error, request, response, config);
    else next(error);
  };
}
