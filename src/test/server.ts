// The same MSW handlers as the browser mock, for Vitest (msw/node).
import { setupServer } from 'msw/node';
import { handlers } from '@mocks/handlers';

export const server = setupServer(...handlers);
