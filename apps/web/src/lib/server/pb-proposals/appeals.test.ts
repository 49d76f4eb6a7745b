import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { createPbProposal, transitionPbProposal } from './commands.ts';
import { saveAnalysis } from './analysis.ts';
import { appeal, decideAppeal } from './appeals.ts';
import { CLUJ_CRITERIA } from './criteria.ts';
import { passingAnalysis, proposalInput, proposalWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** An ineligible proposal (a failed criterion, the city's estimate made) appealed by its author. */
async function appealed() {
  const w = await proposalWorld(database.db);
  const p = await createPbProposal(
    await w.as(w.citizen),
    w.process.id,
    proposalInput(w.domains[0]!.id),
  );
  await w.enter('analysis');
  const mod = await w.as(w.moderator);
  const keys = CLUJ_CRITERIA.map((c) => c.key);
  await saveAnalysis(mod, p.id, { ...passingAnalysis(keys), check_competence: 'fail' });
  await transitionPbProposal(mod, p.id, 'mark_ineligible', { ineligibleReason: 'Teren privat.' });
  await w.enter('appeals');
  await appeal(await w.as(w.citizen), p.id, { text: 'Terenul este al primăriei (CF 12345).' });
  return { w, p, mod };
}

describe('an upheld appeal is a step of the lifecycle', () => {
  test('audited as every step is (state and ballot project before and after), the authors told once', async () => {
    const { w, p, mod } = await appealed();
    const decided = await decideAppeal(mod, p.id, {
      outcome: 'upheld',
      decisionReason: 'Extrasul CF confirmă.',
    });
    expect(decided).toMatchObject({ state: 'upheld', decisionReason: 'Extrasul CF confirmă.' });

    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, p.id), eq(auditLog.action, 'pb.proposal.appeal_upheld')));
    expect(entry?.before).toMatchObject({ state: 'ineligible', projectId: null });
    expect(entry?.after).toMatchObject({ state: 'eligible', projectId: expect.any(String) });
    const told = await database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, w.citizen.id));
    expect(told.filter((n) => n.kind === 'pb_proposals.appeal_decided')).toHaveLength(1);

    await expect(
      decideAppeal(mod, p.id, { outcome: 'upheld', decisionReason: 'Din nou.' }),
    ).rejects.toThrow(Conflict);
  });
});
