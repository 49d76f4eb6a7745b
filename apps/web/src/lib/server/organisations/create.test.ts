import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Invalid } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { memberships } from '../accounts/schema.ts';
import { consumeToken } from '../accounts/tokens.ts';
import { organisations } from './schema.ts';
import { createOrganisation } from './create.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const input = {
  slug: 'primaria-veszprem',
  name_ro: 'Primăria Veszprém',
  name_hu: 'Veszprém Megyei Jogú Város',
  timeZone: 'Europe/Budapest',
  defaultLocale: 'hu',
  staffEmailDomains: ['@veszprem.hu'],
  hosts: ['innovacio.veszprem.hu'],
  adminEmail: 'Admin@Veszprem.hu',
  adminName: 'Gyöngyösi Ödön',
};

test('an operator sets up an organisation with its first administrator, who gets a password link', async () => {
  const now = new Date();
  const { organisation, admin, passwordToken } = await createOrganisation(database.db, input, now);
  expect(organisation).toMatchObject({
    slug: 'primaria-veszprem',
    timeZone: 'Europe/Budapest',
    defaultLocale: 'hu',
    staffEmailDomains: ['veszprem.hu'],
    hosts: ['innovacio.veszprem.hu'],
  });
  expect(admin).toMatchObject({ email: 'admin@veszprem.hu', name: 'Gyöngyösi Ödön', locale: 'hu' });
  const [m] = await database.db.select().from(memberships).where(eq(memberships.userId, admin.id));
  expect(m?.roles).toEqual(['admin', 'employee']);
  expect(await consumeToken(database.db, passwordToken, 'reset_password', now)).toBe(admin.id);
  const [entry] = await database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.organisationId, organisation.id));
  expect(entry?.action).toBe('organisation.create');
});

test('a second organisation can reuse an existing account as its administrator; a slug is taken once', async () => {
  const again = await createOrganisation(
    database.db,
    { ...input, slug: 'veszprem-intezmenyek', hosts: [] },
    new Date(),
  );
  const first = await database.db
    .select()
    .from(organisations)
    .where(eq(organisations.slug, 'primaria-veszprem'));
  expect(again.admin.email).toBe('admin@veszprem.hu');
  expect(first).toHaveLength(1);
  await expect(
    createOrganisation(database.db, { ...input, hosts: [] }, new Date()),
  ).rejects.toThrow(Invalid);
});

test('bad input names the fields and creates nothing', async () => {
  const before = await database.db.select().from(organisations);
  for (const bad of [
    { slug: 'Has Spaces' },
    { adminEmail: 'a@b.ro\nBcc: c@d.ro' },
    { name_ro: '' },
    { timeZone: 'Mars/Olympus' },
    { adminName: 'x'.repeat(10_000) },
  ]) {
    await expect(
      createOrganisation(database.db, { ...input, slug: 'new-org', ...bad }, new Date()),
    ).rejects.toThrow(Invalid);
  }
  expect(await database.db.select().from(organisations)).toHaveLength(before.length);
});
