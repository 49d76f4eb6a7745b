import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { ctxFor, makeOrganisation } from '../testing/factories.ts';
import { fillImpact } from './bulk.ts';
import { impactDashboard } from './dashboard.ts';
import { impactHeadline } from './headline.ts';
import { METRICS } from './states.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test("the home page's impact headline says what the dashboard says, for this organisation only", async () => {
  const org = await makeOrganisation(database.db);
  await fillImpact(database.db, org, { projects: 60, entries: 300 });
  await fillImpact(database.db, await makeOrganisation(database.db), {
    projects: 20,
    entries: 100,
    seed: 5,
  });
  const ctx = await ctxFor(database.db, org, null);
  const [headline, dashboard] = await Promise.all([impactHeadline(ctx), impactDashboard(ctx, {})]);
  expect(headline.projects).toBe(dashboard.projects);
  expect(headline.implemented).toBe(dashboard.implemented);
  const firstMetrics = dashboard.totals
    .filter((t) => t.metric !== 'custom' && t.total > 0)
    .sort((a, b) => METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric))
    .slice(0, 3);
  expect(headline.savings).toEqual(firstMetrics);
  expect(headline.savings.length).toBeGreaterThan(0);
  expect(headline.savings[0]!.metric).toBe('ron');
});

test('an organisation without projects shows zeros, not an error', async () => {
  const ctx = await ctxFor(database.db, await makeOrganisation(database.db), null);
  expect(await impactHeadline(ctx)).toEqual({ projects: 0, implemented: 0, savings: [] });
});
