import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { pbParticipants, pbProcesses, pbVoterRoll } from './schema.ts';
import type { messages } from './messages.ts';

/**
 * Their declarations (relation to the city, birth year) and the processes they voted in — from
 * the roll. Never what they chose: no ballot names anyone (decision 050).
 */
async function exportPb(db: Queryable, user: User) {
  const declared = await db
    .select({ p: pbParticipants, title: pbProcesses.title })
    .from(pbParticipants)
    .innerJoin(pbProcesses, eq(pbProcesses.id, pbParticipants.processId))
    .where(eq(pbParticipants.userId, user.id))
    .orderBy(asc(pbParticipants.declaredAt));
  const voted = await db
    .select({ r: pbVoterRoll, title: pbProcesses.title })
    .from(pbVoterRoll)
    .innerJoin(pbProcesses, eq(pbProcesses.id, pbVoterRoll.processId))
    .where(eq(pbVoterRoll.userId, user.id))
    .orderBy(asc(pbVoterRoll.votedAt));
  return {
    participatoryBudgeting: {
      declarations: declared.map(({ p, title }) => ({
        process: { id: p.processId, title },
        relation: p.relation,
        birthYear: p.birthYear,
        declaredAt: p.declaredAt.toISOString(),
      })),
      voted: voted.map(({ r, title }) => ({
        process: { id: r.processId, title },
        votedAt: r.votedAt.toISOString(),
        changes: r.changes,
        channel: r.channel,
      })),
    },
  };
}

/**
 * Declarations go. Roll entries stay without the account (the count of voters must still match
 * the ballots); the ballots never named the person.
 */
async function erasePb(ctx: TxCtx, user: User) {
  const declarations = await ctx.db
    .delete(pbParticipants)
    .where(eq(pbParticipants.userId, user.id))
    .returning({ id: pbParticipants.id });
  const roll = await ctx.db
    .update(pbVoterRoll)
    .set({ userId: null })
    .where(eq(pbVoterRoll.userId, user.id))
    .returning({ id: pbVoterRoll.id });
  // Only what happened: most accounts never took part in participatory budgeting.
  const counts = { pbDeclarationsDeleted: declarations.length, pbRollAnonymised: roll.length };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

export const pbPersonalData = {
  exported: ['privacy.data.item.pb'],
  removed: ['privacy.delete.removed.pb_declarations'],
  kept: ['privacy.delete.kept.pb_roll'],
  export: exportPb,
  erase: erasePb,
} satisfies PersonalDataPart<typeof messages>;
