import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { accessibilityFeedback } from './schema.ts';
import type { messages } from './messages.ts';

const fromAddress = (user: User) =>
  sql`lower(${accessibilityFeedback.email}) = ${user.email.toLowerCase()}`;

/**
 * Feedback left with their address, only once they have proved they own it: an unconfirmed
 * account must not read what the address's real owner wrote.
 */
async function exportFeedback(db: Queryable, user: User) {
  if (!user.emailVerifiedAt) return { accessibilityFeedback: [] };
  const rows = await db
    .select({
      organisation: organisations.slug,
      pageUrl: accessibilityFeedback.pageUrl,
      message: accessibilityFeedback.message,
      at: accessibilityFeedback.createdAt,
    })
    .from(accessibilityFeedback)
    .innerJoin(organisations, eq(organisations.id, accessibilityFeedback.organisationId))
    .where(fromAddress(user))
    .orderBy(asc(accessibilityFeedback.createdAt));
  return { accessibilityFeedback: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
}

/** The report stays (the barrier is still real); who sent it goes, if it was really them. */
async function eraseFeedback(ctx: TxCtx, user: User) {
  if (!user.emailVerifiedAt) return { feedbackAnonymised: 0 };
  const rows = await ctx.db
    .update(accessibilityFeedback)
    .set({ name: null, email: null })
    .where(fromAddress(user))
    .returning({ id: accessibilityFeedback.id });
  return { feedbackAnonymised: rows.length };
}

export const feedbackPersonalData = {
  exported: ['privacy.data.item.feedback'],
  export: exportFeedback,
  erase: eraseFeedback,
} satisfies PersonalDataPart<typeof messages>;
