import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Invalid, NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { savingsEntries, savingsVerifiers, type SavingsEntry } from './schema.ts';
import { savingsSchema, verifierSchema } from './form.ts';
import { projectAccess, verifiersOf } from './access.ts';
import { ensureNotStopped, ensureMembers } from './commands.ts';
import { attachPrepared, withUploads } from '../files/attach.ts';

/**
 * Records a saving (the team), with its evidence attached: it stays out of public totals until
 * someone else signs it off.
 */
export async function recordSaving(ctx: Ctx, projectId: string, input: unknown) {
  const f = parseInput(savingsSchema, input);
  authorize(ctx.actor, 'project.contribute', await projectAccess(ctx, projectId));
  return withUploads(ctx, 'savings_entry', { raw: input, field: 'evidenceFiles' }, (prepared) =>
    inTransaction(ctx, async (tx) => {
      const r = await projectAccess(tx, projectId, true);
      authorize(tx.actor, 'project.contribute', r);
      ensureNotStopped(r.project);
      const [row] = await tx.db
        .insert(savingsEntries)
        .values({
          organisationId: tx.org.id,
          projectId: r.project.id,
          metric: f.metric,
          customUnit: f.metric === 'custom' ? f.customUnit! : null,
          baseline: f.baseline ?? null,
          estimate: f.estimate ?? null,
          measured: f.measured ?? null,
          periodStart: f.periodStart,
          periodEnd: f.periodEnd,
          recurrence: f.recurrence,
          method: f.method,
          evidence: f.evidence ?? '',
          authorId: tx.actor!.userId,
        })
        .returning();
      await attachPrepared(tx, 'savings_entry', row!.id, prepared, 'evidenceFiles');
      await recordAudit(tx.db, tx, {
        action: 'savings.record',
        resourceType: 'savings_entry',
        resourceId: row!.id,
        after: row,
      });
      return row!;
    }),
  );
}

/**
 * Signs an entry off: a second person (an appointed verifier or an administrator, never its
 * author) confirms the measured value; from then on it counts in public totals and is frozen.
 * The row is locked, so two verifiers at once make one sign-off and one "already verified".
 */
export async function verifySaving(ctx: Ctx, entryId: string): Promise<SavingsEntry> {
  if (!isUuid(entryId)) throw new NotFound('savings_entry');
  return inTransaction(ctx, async (tx) => {
    const [entry] = await tx.db
      .select()
      .from(savingsEntries)
      .where(and(eq(savingsEntries.id, entryId), eq(savingsEntries.organisationId, tx.org.id)))
      .for('update');
    if (!entry || !can(tx.actor, 'savings.read_unverified')) throw new NotFound('savings_entry');
    authorize(tx.actor, 'savings.verify', {
      entry,
      verifiers: await verifiersOf(tx.db, tx.org.id),
    });
    if (entry.measured === null) throw new Invalid({ measured: 'projects.savings.needs_measured' });
    const now = tx.now();
    const [after] = await tx.db
      .update(savingsEntries)
      .set({ verifiedBy: tx.actor!.userId, verifiedAt: now, updatedAt: now })
      .where(eq(savingsEntries.id, entry.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'savings.verify',
      resourceType: 'savings_entry',
      resourceId: entry.id,
      before: { verifiedBy: null },
      after: { verifiedBy: after!.verifiedBy, measured: after!.measured, metric: after!.metric },
    });
    return after!;
  });
}

/** Appoints (or, with `remove`, withdraws) a person who may sign off savings. */
export async function setVerifier(ctx: Ctx, input: unknown, remove = false) {
  authorize(ctx.actor, 'savings.appoint_verifiers');
  const { userId } = parseInput(verifierSchema, input);
  return inTransaction(ctx, async (tx) => {
    await ensureMembers(tx, [userId], 'userId');
    const key = and(
      eq(savingsVerifiers.organisationId, tx.org.id),
      eq(savingsVerifiers.userId, userId),
    );
    if (remove) await tx.db.delete(savingsVerifiers).where(key);
    else
      await tx.db
        .insert(savingsVerifiers)
        .values({ organisationId: tx.org.id, userId })
        .onConflictDoNothing();
    await recordAudit(tx.db, tx, {
      action: remove ? 'savings.verifier_remove' : 'savings.verifier_appoint',
      resourceType: 'user',
      resourceId: userId,
    });
  });
}
