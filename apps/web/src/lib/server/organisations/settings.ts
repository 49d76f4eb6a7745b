import { and, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid, NotFound } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import { organisations, type Organisation } from './schema.ts';
import { users } from '../accounts/schema.ts';
import { settingsSchema, TIME_ZONES } from './settings-input.ts';

/** The part of an organisation its administrators edit: what the form shows and the log keeps. */
function settingsOf(org: Organisation) {
  return {
    name: org.name,
    timeZone: org.timeZone,
    defaultLocale: org.defaultLocale,
    staffEmailDomains: org.staffEmailDomains,
    hosts: org.hosts,
    publicUrl: org.publicUrl,
    requireAdminTwoFactor: org.requireAdminTwoFactor,
  };
}

export type OrganisationSettings = ReturnType<typeof settingsOf>;

/** The settings as they are now, and the time zones to choose from: for the settings form. */
export async function getOrganisationSettings(ctx: Ctx) {
  authorize(ctx.actor, 'organisation.manage_settings');
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, ctx.org.id));
  if (!org) throw new NotFound('organisation');
  return { settings: settingsOf(org), timeZones: TIME_ZONES };
}

/**
 * Name per language (Romanian required), time zone, default language, staff e-mail domains and
 * host names. A host another organisation already answers on is refused: requests for it could
 * otherwise land in either organisation.
 */
export async function updateOrganisationSettings(
  ctx: Ctx,
  input: unknown,
): Promise<OrganisationSettings> {
  authorize(ctx.actor, 'organisation.manage_settings');
  const data = parseInput(settingsSchema, input);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, tx.org.id))
      .for('update');
    if (!before) throw new NotFound('organisation');
    await refuseHostsOfOthers(tx, data.hosts);
    if (data.requireAdminTwoFactor && !before.requireAdminTwoFactor) await ownTwoFactorFirst(tx);
    const [after] = await tx.db
      .update(organisations)
      .set({ ...data, updatedAt: tx.now() })
      .where(eq(organisations.id, before.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'organisation.settings_update',
      resourceType: 'organisation',
      resourceId: before.id,
      before: settingsOf(before),
      after: settingsOf(after!),
    });
    return settingsOf(after!);
  });
}

async function refuseHostsOfOthers(ctx: Ctx, hosts: string[]) {
  if (!hosts.length) return;
  // Serialises host changes across organisations, so two cannot claim the same host at once.
  await ctx.db.execute(sql`select pg_advisory_xact_lock(7243004)`);
  const taken = await ctx.db
    .select({ hosts: organisations.hosts })
    .from(organisations)
    .where(
      and(
        ne(organisations.id, ctx.org.id),
        sql`${organisations.hosts} && array[${sql.join(
          hosts.map((h) => sql`${h}`),
          sql`, `,
        )}]::text[]`,
      ),
    );
  const clash = hosts.find((h) => taken.some((row) => row.hosts.includes(h)));
  if (clash) {
    throw new Invalid({
      hosts: { key: 'organisation_admin.host.taken', params: { value: clash } },
    });
  }
}

/** Requiring two-factor of administrators is for one who uses it already (no self lock-out). */
async function ownTwoFactorFirst(ctx: Ctx) {
  const [me] = await ctx.db
    .select({ on: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, ctx.actor!.userId));
  if (!me?.on)
    throw new Invalid({
      requireAdminTwoFactor: 'organisation_admin.require_two_factor.self_first',
    });
}
