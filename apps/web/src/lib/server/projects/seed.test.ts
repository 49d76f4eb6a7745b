import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq, isNull } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { seedDemo } from '../seed/demo.ts';
import { organisations } from '../organisations/schema.ts';
import { ctxFor } from '../testing/factories.ts';
import { impactDashboard } from './dashboard.ts';
import { projects, savingsEntries } from './schema.ts';
import { PROJECT_STATES } from './states.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('the demo has a project at every stage, verified and unverified savings, a full dashboard', async () => {
  await seedDemo(database.db, new Date('2026-11-20T10:00:00Z'));
  const states = new Set(
    (await database.db.select({ s: projects.state }).from(projects)).map((r) => r.s),
  );
  expect([...states].sort()).toEqual([...PROJECT_STATES].sort());
  const unverified = await database.db
    .select()
    .from(savingsEntries)
    .where(isNull(savingsEntries.verifiedAt));
  expect(unverified.length).toBeGreaterThan(0);
  const [org] = await database.db
    .select()
    .from(organisations)
    .where(eq(organisations.slug, 'cluj-napoca'));
  const d = await impactDashboard(await ctxFor(database.db, org!, null), {});
  expect(d.totals.map((t) => t.metric)).toEqual(
    expect.arrayContaining(['ron', 'kwh', 'co2e_kg', 'custom']),
  );
  expect(d.implemented).toBe(2);
  expect(d.climate.length).toBeGreaterThan(1);
  expect(d.byMonth.length).toBeGreaterThan(10);
});
