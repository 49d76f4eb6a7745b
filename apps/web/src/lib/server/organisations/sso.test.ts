import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { Forbidden, Invalid } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { ssoSettingsFor } from '../accounts/sso-settings.ts';
import { organisationSso } from './schema.ts';
import { getSso, removeSso, saveSso } from './sso.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const form = {
  issuer: 'https://login.primariaclujnapoca.ro/realms/staff',
  clientId: 'innovato-r',
  clientSecret: 's3cret-from-the-provider',
  role: 'employee',
};

describe('single sign-on, configured per organisation', () => {
  test('an administrator sets it; the secret is sealed at rest, never shown back, never audited', async () => {
    const org = await makeOrganisation(database.db, { publicUrl: 'https://idei.oradea.ro' });
    const ctx = await ctxFor(database.db, org, await makeUser(database.db, org, ['admin']));
    await saveSso(ctx, form);
    const [row] = await database.db
      .select()
      .from(organisationSso)
      .where(eq(organisationSso.organisationId, org.id));
    expect(row!.clientSecretSealed).not.toContain(form.clientSecret);
    expect(await ssoSettingsFor(database.db, org.id)).toMatchObject({
      issuer: form.issuer,
      clientSecret: form.clientSecret,
      role: 'employee',
    });
    const shown = await getSso(ctx);
    expect(JSON.stringify(shown)).not.toContain(form.clientSecret);
    // The redirect address comes from the organisation's configured address.
    expect(shown.redirectUri).toBe('https://idei.oradea.ro/account/sso/callback');
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organisationId, org.id));
    expect(JSON.stringify(audit)).not.toContain(form.clientSecret);

    // Saving again without a secret keeps it; the role can change.
    await saveSso(ctx, { ...form, clientSecret: '', role: 'participant' });
    expect(await ssoSettingsFor(database.db, org.id)).toMatchObject({
      clientSecret: form.clientSecret,
      role: 'participant',
    });
    await removeSso(ctx);
    expect(await ssoSettingsFor(database.db, org.id)).toBeNull();
  });

  test('another organisation’s settings are untouched, and only administrators may', async () => {
    const a = await makeOrganisation(database.db);
    const b = await makeOrganisation(database.db);
    const adminA = await ctxFor(database.db, a, await makeUser(database.db, a, ['admin']));
    const adminB = await ctxFor(database.db, b, await makeUser(database.db, b, ['admin']));
    await saveSso(adminB, form);
    await removeSso(adminA);
    expect(await ssoSettingsFor(database.db, b.id)).not.toBeNull();
    const moderator = await ctxFor(database.db, a, await makeUser(database.db, a, ['moderator']));
    await expect(saveSso(moderator, form)).rejects.toThrow(Forbidden);
  });

  test('bad input is refused field by field; a first setup needs the secret', async () => {
    const org = await makeOrganisation(database.db);
    const ctx = await ctxFor(database.db, org, await makeUser(database.db, org, ['admin']));
    const bad = (await saveSso(ctx, {
      issuer: 'javascript:alert(1)',
      clientId: '',
      role: 'root',
    }).catch((e: unknown) => e)) as Invalid;
    expect(bad).toBeInstanceOf(Invalid);
    expect(Object.keys(bad.fields).sort()).toEqual(['clientId', 'issuer', 'role']);
    await expect(saveSso(ctx, { ...form, clientSecret: '' })).rejects.toThrow(Invalid);
  });
});
