import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { seedDemo } from '../seed/demo.ts';
import { innovationCalls } from '../calls/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import { ctxFor } from '../testing/factories.ts';
import { transitionsFor } from '../lifecycle/transition.ts';
import { getProposal } from './queries.ts';
import { proposalMachine } from './lifecycle.ts';
import { proposals } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('the demo’s open call shows every step of the formal check, with its reasons', async () => {
  const db = database.db;
  expect(await seedDemo(db)).toBe(true);
  const open = await db.select().from(innovationCalls).where(eq(innovationCalls.state, 'open'));
  const call = open.find((c) => c.title.ro.includes('Innovato-R'));
  const rows = await db.select().from(proposals).where(eq(proposals.callId, call!.id));
  const states = new Set(rows.map((r) => r.state));
  for (const s of [
    'draft',
    'submitted',
    'clarification_requested',
    'eligible',
    'ineligible',
    'withdrawn',
    'merged',
  ]) {
    expect(states, s).toContain(s);
  }
  const ineligible = rows.find((r) => r.state === 'ineligible')!;
  expect(ineligible.ineligibleReason).toBeTruthy();
  const merged = rows.find((r) => r.state === 'merged')!;
  expect(rows.find((r) => r.id === merged.mergedIntoId)?.state).toBe('submitted');
  // The demo data's details reach the columns.
  const payslip = rows.find((r) => r.title === 'Fluturașul de salariu digital')!;
  expect(payslip.yearlyBenefits.paper_sheets).toBe(13_000);
  expect(payslip.costMinor).toBe(450_000);
  expect(payslip.affectedDepartmentIds).toHaveLength(1);

  // The demo moderator can take the formal check's steps on a submitted one.
  const [org] = await db.select().from(organisations);
  const [moderator] = await db
    .select()
    .from(users)
    .where(eq(users.email, 'ioana.pop@primariaclujnapoca.ro'));
  const asModerator = await ctxFor(db, org!, moderator!);
  const submitted = rows.find((r) => r.state === 'submitted' && r.authorId !== moderator!.id)!;
  const seen = await getProposal(asModerator, submitted.id);
  expect(transitionsFor(proposalMachine, asModerator.actor, seen)).toContain('mark_ineligible');
});
