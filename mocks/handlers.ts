// Every endpoint of the embedded mock backend. The same list serves the browser (mocks/browser.ts),
// Vitest (src/test/server.ts) and the plain HTTP server (mocks/server.ts).
import { RequestHandler } from "msw";
import { apiRoutes, type MockRoute } from "./lib/route";
import { actorRoutes } from "./routes/actors";
import { authHandlers } from "./routes/auth";
import { commandRoutes } from "./routes/commands";
import { connectionRoutes } from "./routes/connections";
import { definitionHandlers } from "./routes/definitions";
import { jobRoutes } from "./routes/jobs";
import { oauthRoutes } from "./routes/oauth";
import { mapperRoutes } from "./routes/mappers";
import { syncStatusRoutes } from "./routes/syncStatus";
import { timelineRoutes } from "./routes/timeline";
import { tagRoutes } from "./routes/tags";
import { workspaceHandlers } from "./routes/workspace";

const routes = [
  ...authHandlers,
  ...workspaceHandlers,
  ...definitionHandlers,
  ...actorRoutes,
  ...commandRoutes,
  ...connectionRoutes,
  ...jobRoutes,
  ...syncStatusRoutes,
  ...timelineRoutes,
  ...oauthRoutes,
  ...tagRoutes,
  ...mapperRoutes,
];

// Endpoints made with post()/get() (lib/route.ts) are answered by one handler, apiRoutes; the few
// others (the sign-in endpoints) are MSW handlers of their own, tried first.
export const handlers = [
  ...routes.filter((route): route is Exclude<typeof route, MockRoute> => route instanceof RequestHandler),
  apiRoutes,
];

export { mockedEndpoints } from "./lib/route";
