// The mock backend as a plain HTTP server, for any HTTP client:
//   npm run mock:server            (PORT=8001 by default, MOCK_LATENCY=0 by default)
//   curl -s -XPOST localhost:8001/api/v1/sources/list -H 'content-type: application/json' \
//        -d '{"workspaceId":"5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6"}'
// The same MSW handlers as the browser and Vitest answer each request (msw's getResponse turns a
// Fetch Request into the mocked Response). CORS is open so a console served from another port can
// use it. The control API is exported as `mockControl` (see mocks/README.md).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { mockControl, signalMockReady } from './control';
import { fsDataSource } from './data/fs-source';
import { installDataSource } from './data/source';
import { handlers } from './handlers';
import { settings, type Range } from './lib/settings';

export { mockControl };

installDataSource(fsDataSource());

function parseRange(value: string | undefined): Range | undefined {
  if (!value) return undefined;
  const parts = value.split(/[-,]/).map(Number);
  if (parts.some((n) => !Number.isFinite(n) || n < 0)) return undefined;
  return parts.length === 2 ? [parts[0]!, parts[1]!] : parts[0];
}

function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'Content-Type, Authorization',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const oauthPage = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'oauth-mock.html');

async function handle(request: IncomingMessage, response: ServerResponse, port: number): Promise<number> {
  const cors = corsHeaders(request);
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') {
    response.writeHead(204, cors).end();
    return 204;
  }
  const url = new URL(request.url ?? '/', `http://localhost:${port}`);
  if (method === 'GET' && url.pathname === '/oauth-mock.html') {
    // The simulated OAuth provider page the consent URL points at.
    response.writeHead(200, { ...cors, 'Content-Type': 'text/html; charset=utf-8' }).end(await readFile(oauthPage));
    return 200;
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(key, value);
  const fetchRequest = new Request(url, { method, headers, body: body && body.length > 0 ? new Uint8Array(body) : undefined });
  const mocked = await getResponse(handlers, fetchRequest);
  if (!mocked) {
    const notFound = JSON.stringify({ message: `No such endpoint: ${method} ${url.pathname}. The mock serves the Config API under /api/v1/.` });
    response.writeHead(404, { ...cors, 'Content-Type': 'application/json' }).end(notFound);
    return 404;
  }
  if (mocked.type === 'error') {
    // An injected network failure: drop the connection without an answer.
    response.socket?.destroy();
    return 0;
  }
  const out: Record<string, string> = { ...cors };
  mocked.headers.forEach((value, key) => {
    out[key] = value;
  });
  response.writeHead(mocked.status, out).end(Buffer.from(await mocked.arrayBuffer()));
  return mocked.status;
}

/** Start the mock server; resolves once it listens. */
export function startMockServer(port = Number(process.env.PORT ?? 8001)): Promise<Server> {
  settings.latencyMs = parseRange(process.env.MOCK_LATENCY) ?? 0;
  settings.operationMs = parseRange(process.env.MOCK_OPERATION_MS) ?? 0;
  const server = createServer((request, response) => {
    const started = performance.now();
    handle(request, response, port)
      .then((status) => {
        console.log(`${new Date().toISOString()} ${request.method} ${request.url} ${status === 0 ? 'network-error' : status} ${Math.round(performance.now() - started)}ms`);
      })
      .catch((error: unknown) => {
        console.error(`${request.method} ${request.url} failed`, error);
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'The mock server failed.' }));
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      console.log(`Syncdeck mock backend: http://localhost:${actual}/api/v1/ (latency ${JSON.stringify(settings.latencyMs)} ms)`);
      signalMockReady();
      resolve(server);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  startMockServer().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
