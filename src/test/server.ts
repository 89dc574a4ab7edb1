// The same MSW handlers as the browser mock, for Vitest (msw/node). Tests drive the mock through
// `mockControl` (faults, clock, reset to the seed; see mocks/README.md).
import { setupServer } from 'msw/node';
import { handlers } from '@mocks/handlers';

export const server = setupServer(...handlers);

export { mockControl } from '@mocks/control';
