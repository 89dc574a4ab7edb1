// Every endpoint of the embedded mock backend. The same list serves the browser (mocks/browser.ts),
// Vitest (src/test/server.ts) and the plain HTTP server (mocks/server.ts).
import { actorRoutes } from './routes/actors';
import { authHandlers } from './routes/auth';
import { commandRoutes } from './routes/commands';
import { connectionRoutes } from './routes/connections';
import { definitionHandlers } from './routes/definitions';
import { jobRoutes } from './routes/jobs';
import { oauthRoutes } from './routes/oauth';
import { workspaceHandlers } from './routes/workspace';

export const handlers = [...authHandlers, ...workspaceHandlers, ...definitionHandlers, ...actorRoutes, ...commandRoutes, ...connectionRoutes, ...jobRoutes, ...oauthRoutes];

export { mockedEndpoints } from './lib/route';
