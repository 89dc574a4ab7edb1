import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { SEED } from '@mocks/seed/ids';
import { mockControl } from '@mocks/control';
import { routes } from '@/app/routes';
import { renderRoutes } from '@/test/render';
import { server } from '@/test/server';

beforeEach(() => mockControl.reset());

test('lists the seeded connections with their state, and filters by status from the URL', async () => {
  renderRoutes(routes, '/connections?status=disabled');
  const table = await screen.findByRole('table');
  expect(within(table).getAllByRole('link').map((link) => link.textContent)).toEqual([SEED.connections.facebookToS3.name]);
  expect(screen.getByRole('switch', { name: `Enable ${SEED.connections.facebookToS3.name}` })).not.toBeChecked();
});

test('the failed latest job shows as Failed, and search narrows the list', async () => {
  const user = userEvent.setup();
  renderRoutes(routes, '/connections');
  const table = await screen.findByRole('table');
  const row = (await within(table).findByRole('link', { name: SEED.connections.stripeToRedshift.name })).closest('tr')!;
  expect(await within(row).findByText('Failed')).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: 'Search connections' }), 'facebook');
  expect(within(table).getAllByRole('link').map((link) => link.textContent)).toEqual([SEED.connections.facebookToS3.name]);
});

test('a refused enable toggle rolls back and says why', async () => {
  const user = userEvent.setup();
  server.use(http.post('*/api/v1/connections/update', () => HttpResponse.json({ message: 'The workspace is read-only' }, { status: 409 })));
  renderRoutes(routes, '/connections');
  const toggle = await screen.findByRole('switch', { name: `Enable ${SEED.connections.facebookToS3.name}` });
  await user.click(toggle);
  expect(await screen.findByText('The workspace is read-only')).toBeInTheDocument();
  expect(screen.getByRole('switch', { name: `Enable ${SEED.connections.facebookToS3.name}` })).not.toBeChecked();
});
