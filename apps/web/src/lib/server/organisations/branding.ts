import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { NotFound } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import type { TxCtx } from '../module.ts';
import { organisationLogos, organisations, type Organisation } from './schema.ts';
import { accentSchema, logoSchema } from './branding-input.ts';
import { logoWithoutMetadata } from './logo-image.ts';

/** What the branding page shows and the audit log keeps (a logo by its hash, never its bytes). */
const brandingOf = (org: Organisation) => ({
  accentColour: org.accentColour,
  logoSha256: org.logoSha256,
});
export type Branding = ReturnType<typeof brandingOf>;

export async function getBranding(ctx: Ctx): Promise<Branding> {
  authorize(ctx.actor, 'organisation.manage_settings');
  return brandingOf(await lockOrg(ctx, false));
}

async function lockOrg(ctx: Ctx, forUpdate: boolean) {
  const query = ctx.db.select().from(organisations).where(eq(organisations.id, ctx.org.id));
  const [org] = forUpdate ? await query.for('update') : await query;
  if (!org) throw new NotFound('organisation');
  return org;
}

/** One branding change: the row, the logo table if asked, and the audit entry, together. */
async function changeBranding(
  ctx: Ctx,
  write: (tx: TxCtx, before: Organisation) => Promise<Partial<Organisation>>,
): Promise<Branding> {
  authorize(ctx.actor, 'organisation.manage_settings');
  return inTransaction(ctx, async (tx) => {
    const before = await lockOrg(tx, true);
    const changes = await write(tx, before);
    const [after] = await tx.db
      .update(organisations)
      .set({ ...changes, updatedAt: tx.now() })
      .where(eq(organisations.id, before.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'organisation.branding_update',
      resourceType: 'organisation',
      resourceId: before.id,
      before: brandingOf(before),
      after: brandingOf(after!),
    });
    return brandingOf(after!);
  });
}

/** Sets the accent colour (refused below WCAG AA against white), or clears it. */
export async function setAccentColour(ctx: Ctx, input: unknown): Promise<Branding> {
  authorize(ctx.actor, 'organisation.manage_settings');
  const { accentColour } = parseInput(accentSchema, input);
  return changeBranding(ctx, async () => ({ accentColour }));
}

/** Replaces the logo with an uploaded PNG, JPEG or WebP (recognised by its bytes), cleaned. */
export async function setLogo(ctx: Ctx, input: unknown): Promise<Branding> {
  authorize(ctx.actor, 'organisation.manage_settings');
  const { logo } = parseInput(logoSchema, input);
  const bytes = await logoWithoutMetadata(logo.bytes, logo.contentType);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return changeBranding(ctx, async (tx, org) => {
    const row = { contentType: logo.contentType, bytes, sha256, updatedAt: tx.now() };
    await tx.db
      .insert(organisationLogos)
      .values({ organisationId: org.id, ...row })
      .onConflictDoUpdate({ target: organisationLogos.organisationId, set: row });
    return { logoSha256: sha256 };
  });
}

export async function removeLogo(ctx: Ctx): Promise<Branding> {
  return changeBranding(ctx, async (tx, org) => {
    await tx.db.delete(organisationLogos).where(eq(organisationLogos.organisationId, org.id));
    return { logoSha256: null };
  });
}

/**
 * The current logo's hash, or null without one, from the organisation row the request already
 * holds: enough to answer a browser's revalidation (304) without reading the image. The row
 * and the logo table change together (changeBranding), so the hash is the stored image's.
 */
export function logoVersion(ctx: Ctx): string | null {
  authorize(ctx.actor, 'organisation.logo.read');
  return ctx.org.logoSha256;
}

/** The logo of the request's organisation, for the header (public: every visitor sees it). */
export async function organisationLogo(ctx: Ctx) {
  authorize(ctx.actor, 'organisation.logo.read');
  const [logo] = await ctx.db
    .select()
    .from(organisationLogos)
    .where(eq(organisationLogos.organisationId, ctx.org.id));
  if (!logo) throw new NotFound('organisation_logo');
  return logo;
}
