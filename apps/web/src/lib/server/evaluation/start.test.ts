import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden } from '../errors.ts';
import { ctxFor, makeUser, openCallWorld } from '../testing/factories.ts';
import { getCall, transitionCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import { proposals } from '../proposals/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { uuidv7 } from '../db/ids.ts';
import { eligibleWaiting, startEvaluation } from './start.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** An open call with three submitted proposals: two passed the formal check, one did not. */
async function checkedCall() {
  const db = database.db;
  const w = await openCallWorld(db);
  const author = await ctxFor(db, w.org, w.employee);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const ids: string[] = [];
  for (const title of ['Fluturași pe e-mail', 'Registru comun', 'Parcare pentru biciclete']) {
    const p = await createProposal(
      author,
      w.call.id,
      {
        title,
        problem: 'Tipărim lunar 1.050 de fluturași de salariu.',
        solution: 'Îi trimitem pe e-mail, ca PDF protejat cu parolă.',
        categoryId: categories[0]!.id,
        clientToken: uuidv7(),
      },
      'submit',
    );
    ids.push(p.id);
  }
  await transitionProposal(w.asAdmin, ids[0]!, 'mark_eligible', {});
  await transitionProposal(w.asAdmin, ids[1]!, 'mark_eligible', {});
  await transitionProposal(w.asAdmin, ids[2]!, 'mark_ineligible', {
    ineligibleReason: 'Finanțată deja.',
  });
  const moderator = await ctxFor(db, w.org, await makeUser(db, w.org, ['moderator']));
  return { ...w, ids, moderator };
}

const statesOf = async (ids: string[]) =>
  (
    await database.db
      .select({ id: proposals.id, state: proposals.state })
      .from(proposals)
      .where(inArray(proposals.id, ids))
  )
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    .map((p) => p.state);

describe('starting the evaluation of a call', () => {
  test('every eligible proposal goes to the jury at once, each step audited', async () => {
    const w = await checkedCall();
    await transitionCall(w.asAdmin, w.call.id, 'close');
    expect(await eligibleWaiting(w.asAdmin, w.call.id)).toBe(2);
    expect(await startEvaluation(w.asAdmin, w.call.id)).toEqual({ started: 2 });
    expect(await statesOf(w.ids)).toEqual(['in_evaluation', 'in_evaluation', 'ineligible']);
    expect(await eligibleWaiting(w.asAdmin, w.call.id)).toBe(0);
    const steps = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'proposal.start_evaluation'), inArray(auditLog.resourceId, w.ids)),
      );
    expect(steps).toHaveLength(2);
    const [start] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'evaluation.start'), eq(auditLog.resourceId, w.call.id)));
    expect(start?.after).toEqual({ proposals: [...w.ids.slice(0, 2)].sort() });
    // Nothing left to start: said clearly, not done twice.
    await expect(startEvaluation(w.asAdmin, w.call.id)).rejects.toThrow(
      new Conflict('evaluation.start.none_eligible'),
    );
  });

  test('not while the call still takes proposals: one still to come would be left out', async () => {
    const w = await checkedCall();
    await expect(startEvaluation(w.asAdmin, w.call.id)).rejects.toThrow(
      new Conflict('evaluation.start.call_open'),
    );
    expect(await statesOf(w.ids)).toEqual(['eligible', 'eligible', 'ineligible']);
  });

  test('only an administrator starts it', async () => {
    const w = await checkedCall();
    await transitionCall(w.asAdmin, w.call.id, 'close');
    await expect(startEvaluation(w.moderator, w.call.id)).rejects.toThrow(Forbidden);
    expect(await statesOf(w.ids)).toEqual(['eligible', 'eligible', 'ineligible']);
  });
});
