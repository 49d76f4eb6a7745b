import { afterAll, beforeAll, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeUser, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from './commands.ts';
import { saveFormalCheck } from './formal-check.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function world() {
  const w = await openCallWorld(database.db);
  const call = await getCall(w.asAdmin, w.call.id);
  const asEmployee = await ctxFor(database.db, w.org, w.employee);
  const asColleague = await ctxFor(database.db, w.org, w.colleague);
  const moderator = await makeUser(database.db, w.org, ['moderator']);
  const asModerator = await ctxFor(database.db, w.org, moderator);
  const p = await createProposal(
    asEmployee,
    call.id,
    {
      title: 'Registratură electronică',
      categoryId: call.categories[0]!.id,
      problem: 'Documentele circulă pe hârtie.',
      solution: 'Un registru electronic comun.',
      clientToken: uuidv7(),
    },
    'submit',
  );
  const all = (choice: 'pass' | 'fail') =>
    Object.fromEntries(call.checklist.map((c) => [`check_${c.key}`, choice]));
  return { ...w, call, asEmployee, asColleague, asModerator, p, all };
}

test('the moderator records every point with a note; a failed point keeps it from eligible', async () => {
  const w = await world();
  expect(w.call.checklist.map((c) => c.key)).toEqual([
    'competence',
    'not_funded',
    'feasible',
    'complete',
  ]);
  // Every point needs an answer.
  await expect(saveFormalCheck(w.asModerator, w.p.id, {})).rejects.toThrow(Invalid);
  const checked = await saveFormalCheck(w.asModerator, w.p.id, {
    ...w.all('pass'),
    check_not_funded: 'fail',
    note_not_funded: 'Finanțat deja prin PNRR, componenta C7.',
  });
  expect(checked.formalCheck.not_funded).toEqual({
    passed: false,
    note: 'Finanțat deja prin PNRR, componenta C7.',
  });
  await expect(transitionProposal(w.asModerator, w.p.id, 'mark_eligible')).rejects.toThrow(
    Conflict,
  );
  // A stale form (opened before the last save) is refused, not silently applied.
  await expect(
    saveFormalCheck(w.asModerator, w.p.id, {
      ...w.all('pass'),
      version: String(checked.version - 1),
    }),
  ).rejects.toThrow(Conflict);
  await saveFormalCheck(w.asModerator, w.p.id, {
    ...w.all('pass'),
    version: String(checked.version),
  });
  expect((await transitionProposal(w.asModerator, w.p.id, 'mark_eligible')).state).toBe('eligible');
  const entries = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.resourceId, w.p.id), eq(auditLog.action, 'proposal.formal_check')));
  expect(entries).toHaveLength(2);
  // Once decided, the check is closed.
  await expect(saveFormalCheck(w.asModerator, w.p.id, w.all('pass'))).rejects.toThrow(Conflict);
});

test('only moderators and admins check, never their own; others learn nothing', async () => {
  const w = await world();
  await expect(saveFormalCheck(w.asEmployee, w.p.id, w.all('pass'))).rejects.toThrow(Forbidden);
  await expect(saveFormalCheck(w.asColleague, w.p.id, w.all('pass'))).rejects.toThrow(Forbidden);
  const elsewhere = await openCallWorld(database.db);
  await expect(saveFormalCheck(elsewhere.asAdmin, w.p.id, w.all('pass'))).rejects.toThrow(NotFound);
  for (const bad of ['maybe', '', '<script>', "' OR '1'='1"]) {
    await expect(
      saveFormalCheck(w.asModerator, w.p.id, { ...w.all('pass'), check_competence: bad }),
    ).rejects.toThrow(Invalid);
  }
  await expect(
    saveFormalCheck(w.asModerator, w.p.id, { ...w.all('pass'), note_competence: 'x\u0000y' }),
  ).rejects.toThrow(Invalid);
});
