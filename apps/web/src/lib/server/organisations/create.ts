import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { mapDatabaseError } from '../db/errors.ts';
import { email, text } from '../validation/fields.ts';
import { parseInput } from '../validation/parse.ts';
import { recordAudit } from '../audit/record.ts';
import { memberships, users } from '../accounts/schema.ts';
import { issueToken } from '../accounts/tokens.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { organisations } from './schema.ts';
import { settingsSchema } from './settings-input.ts';

const setupSchema = z.object({
  slug: z
    .string({ error: 'form.required' satisfies MessageKey })
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'form.invalid' satisfies MessageKey }),
  adminEmail: email(),
  adminName: text({ max: 200 }),
});

/**
 * Sets up a new organisation on an installation (the operator's command, not a web page): its
 * settings, and its first administrator — an existing account or a new one — who receives a
 * one-hour link to choose a password. Audited as the first entry of the organisation.
 */
export async function createOrganisation(db: Db, input: Record<string, unknown>, now: Date) {
  const setup = parseInput(setupSchema, input);
  const settings = parseInput(settingsSchema, input);
  try {
    return await db.transaction(async (tx) => {
      const [org] = await tx
        .insert(organisations)
        .values({ slug: setup.slug, ...settings })
        .returning();
      const [existing] = await tx
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${setup.adminEmail}`);
      const [admin] = existing
        ? [existing]
        : await tx
            .insert(users)
            .values({
              email: setup.adminEmail,
              name: setup.adminName,
              locale: settings.defaultLocale,
              emailVerifiedAt: now,
            })
            .returning();
      await tx
        .insert(memberships)
        .values({ organisationId: org!.id, userId: admin!.id, roles: ['admin', 'employee'] });
      const token = await issueToken(tx, admin!.id, 'reset_password', now);
      await recordAudit(tx, null, {
        action: 'organisation.create',
        resourceType: 'organisation',
        resourceId: org!.id,
        organisationId: org!.id,
        after: { slug: org!.slug, name: org!.name, admin: admin!.id },
      });
      return { organisation: org!, admin: admin!, passwordToken: token };
    });
  } catch (error) {
    return mapDatabaseError(error);
  }
}
