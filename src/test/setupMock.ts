// Setup of the mock backend's own tests (the `mock` Vitest project): plain Node, as the mock runs in
// `npm run mock:server`, which spares each file jsdom's start-up (over a second a file on the
// 2-core CI machine). The mock's handlers answer fetch, as under jsdom.
import { installMockServer } from "./mockServerHooks";

installMockServer();
