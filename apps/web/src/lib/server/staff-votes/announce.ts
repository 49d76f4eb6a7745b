import { and, arrayContains, eq } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { memberships } from '../accounts/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { notify } from '../notifications/notify.ts';
import type { PbProcess } from '../pb/schema.ts';
import { callStaffVotes } from './schema.ts';

/**
 * Tells the organisation's employees that a staff vote is open (decision 058), inside the
 * transaction that opens voting — by hand or at its date. Voting opens once per process
 * (`voting_opened_at`), so they are told once. Any other process: nobody.
 */
export async function announceStaffVote(ctx: TxCtx, process: PbProcess) {
  const [vote] = await ctx.db
    .select({ title: innovationCalls.title })
    .from(callStaffVotes)
    .innerJoin(innovationCalls, eq(innovationCalls.id, callStaffVotes.callId))
    .where(eq(callStaffVotes.processId, process.id));
  if (!vote) return 0;
  const employees = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, process.organisationId),
        arrayContains(memberships.roles, ['employee']),
      ),
    );
  // The call's title in the default language, and in each language it has (`call.en`, …):
  // every employee reads the notification in their own.
  const call = vote.title.ro ?? Object.values(vote.title).find(Boolean) ?? '';
  const perLanguage = Object.entries(vote.title).filter(([, text]) => text);
  return notify(ctx, {
    kind: 'staff_vote.opened',
    recipients: employees.map((e) => e.userId),
    resource: { type: 'pb_process', id: process.id, href: `/pb/${process.id}/vote` },
    params: { call, ...Object.fromEntries(perLanguage.map(([l, text]) => [`call.${l}`, text!])) },
  });
}
