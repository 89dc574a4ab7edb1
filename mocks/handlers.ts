// Every endpoint of the embedded mock backend. The same list serves the browser (mocks/browser.ts),
// Vitest (src/test/server.ts) and the plain HTTP server (mocks/server.ts).
import { actorRoutes } from './routes/actors';
import { definitionHandlers } from './routes/definitions';
import { workspaceHandlers } from './routes/workspace';

export const handlers = [...workspaceHandlers, ...definitionHandlers, ...actorRoutes];

export { mockedEndpoints } from './lib/route';
