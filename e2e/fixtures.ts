// Shared Playwright fixtures: every test imports `test` and `expect` from here (not from
// @playwright/test) so the accessibility and API-contract checks run for every page it visits.
import { test as base, expect } from '@playwright/test';

export const test = base;
export { expect };
