import { eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import type { Organisation } from '../organisations/schema.ts';
import { recordAudit } from '../audit/record.ts';
import { memberships } from './schema.ts';
import { ensureMembership, withRole } from './users.ts';

/** Whether an address is on one of the organisation's staff e-mail domains (exact match). */
export function isStaffEmail(org: Pick<Organisation, 'staffEmailDomains'>, email: string) {
  const domain = email.toLowerCase().split('@')[1];
  return !!domain && org.staffEmailDomains.some((d) => d.toLowerCase() === domain);
}

/**
 * Makes the user an employee of ctx.org (creating their membership if needed), audited with
 * the reason. Does nothing when they already are one.
 */
export async function grantEmployee(
  db: Queryable,
  ctx: Ctx,
  userId: string,
  reason: 'staff_email_domain' | 'single_sign_on',
) {
  const { membership } = await ensureMembership(db, ctx.org.id, userId, ctx.now());
  if (membership.roles.includes('employee')) return false;
  const [after] = await db
    .update(memberships)
    .set({ roles: withRole(membership.roles, 'employee'), updatedAt: ctx.now() })
    .where(eq(memberships.id, membership.id))
    .returning();
  await recordAudit(db, ctx, {
    action: 'membership.grant_employee',
    resourceType: 'membership',
    resourceId: membership.id,
    actorId: ctx.actor?.userId ?? userId,
    before: membership,
    after: { ...after, reason },
  });
  return true;
}
