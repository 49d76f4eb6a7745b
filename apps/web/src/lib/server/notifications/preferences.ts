import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor, Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import type { EmailPreference } from '../module.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { kindsFor } from './kinds.ts';
import { notificationPreferences } from './schema.ts';

export const EMAIL_CHOICES = ['now', 'digest', 'off'] as const satisfies EmailPreference[];

export interface PreferenceView {
  kind: string;
  label: MessageKey;
  email: EmailPreference;
  isDefault: boolean;
}

/** Every notification kind with the person's choice (or the kind's default). */
export async function myPreferences(ctx: Ctx): Promise<PreferenceView[]> {
  authorize(ctx.actor, 'notifications.own');
  const rows = await ctx.db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, ctx.actor!.userId));
  const chosen = new Map(rows.map((r) => [r.kind, r.email]));
  return kindsFor(ctx.actor!).map((k) => ({
    kind: k.kind,
    label: k.label,
    email: chosen.get(k.kind) ?? k.email,
    isDefault: !chosen.has(k.kind),
  }));
}

/**
 * A field per kind the person has (named by the kind), each one of the three choices. A kind
 * left out keeps its choice (modules add kinds; a form from before them still saves), but
 * something must be chosen: an empty form is refused.
 */
const preferencesSchema = (actor: Actor) =>
  z
    .object(
      Object.fromEntries(
        kindsFor(actor).map(({ kind }) => [
          kind,
          z.enum(EMAIL_CHOICES, { error: 'notifications.preferences.choose' }).optional(),
        ]),
      ),
    )
    .refine((chosen) => Object.values(chosen).some(Boolean), {
      message: 'notifications.preferences.choose',
      path: ['form'],
    });

/** Saves the person's e-mail choice for each kind sent. */
export async function savePreferences(ctx: Ctx, input: unknown) {
  authorize(ctx.actor, 'notifications.own');
  const chosen = parseInput(preferencesSchema(ctx.actor!), input) as Record<
    string,
    EmailPreference
  >;
  const userId = ctx.actor!.userId;
  const now = ctx.now();
  await inTransaction(ctx, async (tx) => {
    for (const [kind, email] of Object.entries(chosen).filter(([, e]) => e)) {
      await tx.db
        .insert(notificationPreferences)
        .values({ userId, kind, email, updatedAt: now })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { email, updatedAt: now },
        });
    }
  });
  return chosen;
}
