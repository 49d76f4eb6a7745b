import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import { choice, optionalText } from '../validation/fields.ts';
import { seal } from '../secrets.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { ssoRedirectUri } from '../accounts/sso-settings.ts';
import { organisationSso } from './schema.ts';

const issuerField = z
  .string({ error: 'form.required' satisfies MessageKey })
  .trim()
  .max(500, { message: 'form.too_long' satisfies MessageKey })
  .refine((s) => /^https?:\/\/[^\s]+$/.test(s) && URL.canParse(s), {
    message: 'organisation_admin.sso.issuer_invalid' satisfies MessageKey,
  });

const ssoSchema = z.object({
  issuer: issuerField,
  clientId: z
    .string({ error: 'form.required' satisfies MessageKey })
    .trim()
    .min(1, { message: 'form.required' satisfies MessageKey })
    .max(500, { message: 'form.too_long' satisfies MessageKey }),
  /** Empty keeps the stored secret: it is never shown back. */
  clientSecret: optionalText({ max: 1000 }),
  role: choice(['employee', 'participant']),
});

/** What the form shows: never the secret, only whether one is stored. */
export async function getSso(ctx: Ctx) {
  authorize(ctx.actor, 'organisation.manage_settings');
  const [row] = await ctx.db
    .select()
    .from(organisationSso)
    .where(eq(organisationSso.organisationId, ctx.org.id))
    .limit(1);
  return {
    sso: row ? { issuer: row.issuer, clientId: row.clientId, role: row.role } : null,
    redirectUri: ssoRedirectUri(ctx.org),
  };
}

/** Sets the organisation's provider; the client secret is sealed with SECRET_KEY. */
export async function saveSso(ctx: Ctx, input: unknown) {
  authorize(ctx.actor, 'organisation.manage_settings');
  const data = parseInput(ssoSchema, input);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(organisationSso)
      .where(eq(organisationSso.organisationId, tx.org.id))
      .for('update');
    const secret = data.clientSecret ?? undefined;
    if (!before && !secret) throw new Invalid({ clientSecret: 'form.required' });
    const values = {
      issuer: data.issuer,
      clientId: data.clientId,
      role: data.role,
      updatedAt: tx.now(),
      ...(secret ? { clientSecretSealed: seal('sso-client-secret', secret) } : {}),
    };
    await tx.db
      .insert(organisationSso)
      .values({ organisationId: tx.org.id, clientSecretSealed: '', ...values })
      .onConflictDoUpdate({ target: organisationSso.organisationId, set: values });
    const shown = (r?: { issuer: string; clientId: string; role: string }) =>
      r ? { issuer: r.issuer, clientId: r.clientId, role: r.role } : null;
    await recordAudit(tx.db, tx, {
      action: 'organisation.sso_update',
      resourceType: 'organisation',
      resourceId: tx.org.id,
      before: shown(before),
      after: { ...shown(data), secretChanged: !!secret },
    });
  });
}

/** Turns single sign-on off for the organisation (accounts and their linked identities stay). */
export async function removeSso(ctx: Ctx) {
  authorize(ctx.actor, 'organisation.manage_settings');
  return inTransaction(ctx, async (tx) => {
    const [gone] = await tx.db
      .delete(organisationSso)
      .where(eq(organisationSso.organisationId, tx.org.id))
      .returning();
    if (gone)
      await recordAudit(tx.db, tx, {
        action: 'organisation.sso_remove',
        resourceType: 'organisation',
        resourceId: tx.org.id,
        before: { issuer: gone.issuer, clientId: gone.clientId, role: gone.role },
      });
  });
}
