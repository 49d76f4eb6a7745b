import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { Invalid } from '../errors.ts';
import { departments } from '../organisations/schema.ts';

/** The departments a call names are this organisation's own (never another's ids). */
export async function assertOwnDepartments(
  db: Queryable,
  organisationId: string,
  ids: string[],
  field = 'eligibleDepartmentIds',
) {
  if (!ids.length) return;
  const found = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.organisationId, organisationId), inArray(departments.id, ids)));
  if (found.length !== ids.length) throw new Invalid({ [field]: 'form.invalid_choice' });
}
