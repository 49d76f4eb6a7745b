import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { seedDemo } from '../seed/demo.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import { ctxFor } from '../testing/factories.ts';
import { pbProcesses } from '../pb/schema.ts';
import { getProcess } from '../pb/processes.ts';
import { proposalsOverview } from './overview.ts';
import { listPbProposals } from './queries.ts';
import { proposerStatus } from './proposers.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('the demo shows every state of a proposal, and the voting editions keep their projects', async () => {
  const db = database.db;
  expect(await seedDemo(db)).toBe(true);
  const [org] = await db.select().from(organisations);
  const person = async (email: string) =>
    ctxFor(db, org!, (await db.select().from(users).where(eq(users.email, email)))[0]!);
  const anyone = await ctxFor(db, org!, null);
  const processes = await db.select().from(pbProcesses);
  const byState = (s: string) => processes.filter((p) => p.state === s);

  const appeals = await listPbProposals(anyone, byState('appeals')[0]!.id);
  const states = appeals.proposals.map((p) => p.state);
  for (const s of ['eligible', 'ineligible', 'merged']) expect(states, s).toContain(s);
  const appealStates = Object.values(appeals.appeals)
    .map((a) => a.state)
    .sort();
  expect(appealStates).toEqual(['pending', 'rejected', 'upheld']);
  expect(
    appeals.proposals.filter((p) => p.state === 'ineligible').every((p) => p.ineligibleReason),
  ).toBe(true);
  // The eligible ones are the projects on that ballot, at the city's cost.
  expect(appeals.projects.map((p) => p.cost).sort()).toEqual(
    appeals.proposals
      .filter((p) => p.state === 'eligible')
      .map((p) => p.cityCost)
      .sort(),
  );

  const youth = byState('submission')[0]!;
  const sorin = await person('sorin.chiorean@example.org');
  const view = await getProcess(sorin, youth.id);
  expect(await proposerStatus(sorin, view.process, view.phases)).toEqual({ ok: true });
  const overview = await proposalsOverview(sorin);
  expect(overview.mine.map((m) => m.invited)).toContain('invited');
  expect((await listPbProposals(anyone, youth.id)).proposals.map((p) => p.state)).toEqual([
    'submitted',
  ]);

  // The citizens' editions: the blind call's staff vote is an internal process (decision 058).
  for (const p of byState('voting').filter((x) => x.audience === 'public'))
    expect((await getProcess(anyone, p.id)).projects.length).toBe(12);
  const moderator = await proposalsOverview(await person('ioana.pop@primariaclujnapoca.ro'));
  expect(moderator.waiting.length).toBeGreaterThan(0);
});
