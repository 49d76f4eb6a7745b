import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { seedDemo } from '../seed/demo.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import { ctxFor } from '../testing/factories.ts';
import { getProcess } from '../pb/processes.ts';
import { eligibility } from '../pb/voters.ts';
import { callStaffVotes } from './schema.ts';
import { staffVoteLink, staffVotePage } from './queries.ts';

let database: Database;
// The worker's first file migrates its embedded database: minutes on a busy machine.
beforeAll(async () => {
  database = await openTestDatabase();
}, 300_000);
afterAll(() => database.close());

test('the demo: the blind call’s staff vote is open, some employees voted, the demo employee not yet', async () => {
  const db = database.db;
  expect(await seedDemo(db)).toBe(true);
  const [org] = await db.select().from(organisations);
  const person = async (email: string) =>
    ctxFor(db, org!, (await db.select().from(users).where(eq(users.email, email)))[0]!);
  const [vote] = await db.select().from(callStaffVotes);
  const admin = await person('andrei.muresan@primariaclujnapoca.ro');
  const page = await staffVotePage(admin, vote!.callId);
  expect(page.call.anonymousToJury).toBe(true);
  expect(page.view!.process).toMatchObject({ state: 'voting', audience: 'internal' });
  expect(page.voters).toBe(6);
  expect(page.tally).toBeNull();
  const employee = await person('cristina.sabau@primariaclujnapoca.ro');
  expect(await staffVoteLink(employee, vote!.callId)).toEqual({
    processId: vote!.processId,
    state: 'voting',
  });
  const { process } = await getProcess(employee, vote!.processId);
  expect(await eligibility(employee, process)).toMatchObject({ ok: true });
  // A citizen does not find it.
  const citizen = await person('sorin.chiorean@example.org');
  expect(await staffVoteLink(citizen, vote!.callId)).toBeNull();
});
