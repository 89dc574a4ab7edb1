// The plain HTTP server (npm run mock:server), over real HTTP. Requests are marked with msw's
// bypass() so the msw/node interception Vitest runs for the UI tests lets them reach the socket.
import type { Server } from 'node:http';
import { bypass } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockControl, startMockServer } from './server';

let server: Server;
let base: string;

beforeAll(async () => {
  server = await startMockServer(0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  mockControl.clearFaults();
  await new Promise((resolve) => server.close(resolve));
});

function request(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(bypass(new Request(`${base}${path}`, init)));
}

const post = (path: string, body: unknown) => request(`/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('mock HTTP server', () => {
  it('answers the Config API from the fixture files on disk', async () => {
    const response = await post('/v1/source_definitions/list_latest', {});
    expect(response.status).toBe(200);
    const { sourceDefinitions } = (await response.json()) as { sourceDefinitions: { name: string }[] };
    expect(sourceDefinitions.map((d) => d.name)).toContain('Postgres');
    expect((await request('/api/v1/health')).status).toBe(200);
  });

  it('allows cross-origin use and answers preflight requests', async () => {
    const preflight = await request('/api/v1/sources/list', { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const answer = await request('/api/v1/health', { headers: { Origin: 'http://localhost:5173' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('answers unknown paths with 404 and drops the connection for an injected network fault', async () => {
    expect((await post('/v1/nothing/here', {})).status).toBe(404);
    mockControl.fault('/v1/health', 'network');
    await expect(request('/api/v1/health')).rejects.toThrow();
    mockControl.clearFaults();
  });

  it('serves the simulated OAuth provider page', async () => {
    const page = await request('/oauth-mock.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Mock OAuth provider');
  });
});
