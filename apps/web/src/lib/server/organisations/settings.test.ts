import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { Forbidden, Invalid } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { organisations, type Organisation } from './schema.ts';
import { resolveOrganisation } from './resolve.ts';
import { getOrganisationSettings, updateOrganisationSettings } from './settings.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import type { User } from '../accounts/schema.ts';

let database: Database;
let org: Organisation;
let other: Organisation;
let admin: User;
let employee: User;

beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db, { hosts: ['idei.primariaclujnapoca.ro'] });
  other = await makeOrganisation(database.db, { hosts: ['idei.primariaoradea.ro'] });
  admin = await makeUser(database.db, org, ['participant', 'admin'], { name: 'Andrei Mureșan' });
  employee = await makeUser(database.db, org, ['participant', 'employee']);
});
afterAll(() => database.close());

const stored = async (id = org.id) =>
  (await database.db.select().from(organisations).where(eq(organisations.id, id)))[0]!;

const valid = {
  name_ro: 'Primăria Municipiului Cluj-Napoca',
  name_en: 'Cluj-Napoca City Hall',
  name_hu: 'Kolozsvár Polgármesteri Hivatala',
  timeZone: 'Europe/Bucharest',
  defaultLocale: 'ro',
  staffEmailDomains: 'primariaclujnapoca.ro\nclujnapoca.ro',
  hosts: 'idei.primariaclujnapoca.ro',
};

/** Expects the update refused with a message on `field`, and the organisation unchanged. */
async function refused(input: Record<string, unknown>, field: string) {
  const before = await stored();
  const asAdmin = await ctxFor(database.db, org, admin);
  const error = await updateOrganisationSettings(asAdmin, input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Invalid);
  expect(Object.keys((error as Invalid).fields)).toContain(field);
  expect(await stored()).toEqual(before);
  return (error as Invalid).fields[field];
}

describe('organisation settings', () => {
  test('an admin updates the settings; the change is audited with before and after, and visible', async () => {
    const asAdmin = await ctxFor(database.db, org, admin);
    const after = await updateOrganisationSettings(asAdmin, {
      ...valid,
      name_en: '  Cluj-Napoca City Hall  ',
      timeZone: 'Europe/Budapest',
      defaultLocale: 'hu',
      // Windows line ends, blank lines, upper case and a leading @ are tidied up.
      staffEmailDomains: 'PrimariaClujNapoca.ro\r\n\r\n@clujnapoca.ro\r\n',
      hosts: ['idei.primariaclujnapoca.ro', 'localhost'],
      publicUrl: ' HTTPS://Idei.PrimariaClujNapoca.ro/ ',
    });
    expect(after).toEqual({
      name: {
        ro: 'Primăria Municipiului Cluj-Napoca',
        en: 'Cluj-Napoca City Hall',
        hu: 'Kolozsvár Polgármesteri Hivatala',
      },
      timeZone: 'Europe/Budapest',
      defaultLocale: 'hu',
      staffEmailDomains: ['primariaclujnapoca.ro', 'clujnapoca.ro'],
      hosts: ['idei.primariaclujnapoca.ro', 'localhost'],
      publicUrl: 'https://idei.primariaclujnapoca.ro',
      requireAdminTwoFactor: false,
    });
    expect(await stored()).toMatchObject(after);
    expect((await getOrganisationSettings(asAdmin)).settings).toEqual(after);
    expect((await resolveOrganisation(database.db, 'LOCALHOST:3000'))?.id).toBe(org.id);

    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'organisation.settings_update'));
    expect(entry).toMatchObject({
      organisationId: org.id,
      actorId: admin.id,
      resourceId: org.id,
      before: { timeZone: 'Europe/Bucharest', defaultLocale: 'ro' },
      after: { timeZone: 'Europe/Budapest', defaultLocale: 'hu', hosts: after.hosts },
    });
    await updateOrganisationSettings(asAdmin, valid);
  });

  test('translations may be left empty, and lists may be emptied', async () => {
    const asAdmin = await ctxFor(database.db, org, admin);
    const after = await updateOrganisationSettings(asAdmin, {
      ...valid,
      name_en: '',
      name_hu: '   ',
      staffEmailDomains: '',
      hosts: undefined,
    });
    expect(after.name).toEqual({ ro: valid.name_ro });
    expect(after).toMatchObject({ staffEmailDomains: [], hosts: [] });
    await updateOrganisationSettings(asAdmin, valid);
  });

  test('only admins change the settings', async () => {
    const before = await stored();
    for (const user of [employee, null]) {
      const ctx = await ctxFor(database.db, org, user);
      await expect(updateOrganisationSettings(ctx, valid)).rejects.toThrow(Forbidden);
      await expect(getOrganisationSettings(ctx)).rejects.toThrow(Forbidden);
    }
    // An admin of another organisation is nobody here.
    const otherAdmin = await makeUser(database.db, other, ['admin']);
    await expect(
      updateOrganisationSettings(await ctxFor(database.db, org, otherAdmin), valid),
    ).rejects.toThrow(Forbidden);
    expect(await stored()).toEqual(before);
  });

  test('a time zone must be a real IANA zone', async () => {
    for (const timeZone of ['Europe/Cluj', 'GMT+2', '', 'europe/bucharest', '<script>']) {
      expect(await refused({ ...valid, timeZone }, 'timeZone')).toBeTruthy();
    }
    const asAdmin = await ctxFor(database.db, org, admin);
    expect(
      (await updateOrganisationSettings(asAdmin, { ...valid, timeZone: 'UTC' })).timeZone,
    ).toBe('UTC');
    await updateOrganisationSettings(asAdmin, valid);
  });

  test('the default language is Romanian, English or Hungarian', async () => {
    for (const defaultLocale of ['de', '', 'RO', ['ro', 'en']]) {
      await refused({ ...valid, defaultLocale }, 'defaultLocale');
    }
  });

  test('staff e-mail domains: valid, no repeats, at most 20', async () => {
    for (const domain of [
      'primaria',
      'ana@primaria.ro',
      'https://primaria.ro',
      'primaria..ro',
      '-primaria.ro',
      'primăria.ro',
      'primaria.ro/x',
      'primaria ro',
      '<script>alert(1)</script>',
      `${'a'.repeat(64)}.ro`,
    ]) {
      await refused({ ...valid, staffEmailDomains: domain }, 'staffEmailDomains');
    }
    expect(
      await refused({ ...valid, staffEmailDomains: 'cluj.ro\nCLUJ.ro' }, 'staffEmailDomains'),
    ).toEqual({ key: 'organisation_admin.list.duplicate', params: { value: 'cluj.ro' } });
    const many = Array.from({ length: 21 }, (_, i) => `d${i}.ro`).join('\n');
    expect(await refused({ ...valid, staffEmailDomains: many }, 'staffEmailDomains')).toEqual({
      key: 'organisation_admin.list.too_many',
      params: { max: 20 },
    });
    const asAdmin = await ctxFor(database.db, org, admin);
    const twenty = Array.from({ length: 20 }, (_, i) => `d${i}.ro`);
    const after = await updateOrganisationSettings(asAdmin, {
      ...valid,
      staffEmailDomains: twenty,
    });
    expect(after.staffEmailDomains).toEqual(twenty);
    await updateOrganisationSettings(asAdmin, valid);
  });

  test('host names: no scheme, path or port, and not one another organisation answers on', async () => {
    for (const host of ['https://idei.cluj.ro', 'idei.cluj.ro:3000', 'idei.cluj.ro/x', 'a_b.ro']) {
      await refused({ ...valid, hosts: host }, 'hosts');
    }
    expect(await refused({ ...valid, hosts: 'Idei.PrimariaOradea.ro' }, 'hosts')).toEqual({
      key: 'organisation_admin.host.taken',
      params: { value: 'idei.primariaoradea.ro' },
    });
    expect((await stored(other.id)).hosts).toEqual(['idei.primariaoradea.ro']);
  });

  describe('bad input changes nothing', () => {
    const tooLong = 'a'.repeat(10_000);
    test.each([
      ['empty name', { name_ro: '' }, 'name_ro'],
      ['blank name', { name_ro: ' \u200b ' }, 'name_ro'],
      ['missing name', { name_ro: undefined }, 'name_ro'],
      ['10,000 characters', { name_ro: tooLong }, 'name_ro'],
      ['10,000 characters in English', { name_en: tooLong }, 'name_en'],
      ['control characters', { name_ro: 'Primăria\u0000' }, 'name_ro'],
      ['a line break in a name', { name_hu: 'Kolozsvár\nHivatal' }, 'name_hu'],
      ['10,000 characters of domains', { staffEmailDomains: tooLong }, 'staffEmailDomains'],
      ['control characters in a host', { hosts: 'idei\u0007.cluj.ro' }, 'hosts'],
      ['a number for a list', { hosts: 42 }, 'hosts'],
      ['a list for a name', { name_ro: ['a', 'b'] }, 'name_ro'],
    ])('%s', async (_label, change, field) => {
      await refused({ ...valid, ...change }, field);
    });

    test('markup is kept as typed text, never interpreted', async () => {
      const asAdmin = await ctxFor(database.db, org, admin);
      for (const name of badInput.script_injection) {
        const after = await updateOrganisationSettings(asAdmin, { ...valid, name_ro: name });
        expect(after.name.ro).toBe(name);
      }
      await updateOrganisationSettings(asAdmin, valid);
    });

    test('nothing at all', async () => {
      const asAdmin = await ctxFor(database.db, org, admin);
      await expect(updateOrganisationSettings(asAdmin, undefined)).rejects.toThrow(Invalid);
      await expect(updateOrganisationSettings(asAdmin, 'name_ro=x')).rejects.toThrow(Invalid);
    });
  });
  test('a public address must be a plain http(s) address without a path', async () => {
    for (const publicUrl of [
      'javascript:alert(1)',
      'https://idei.oradea.ro/path',
      'ftp://idei.oradea.ro',
      'https://idei oradea.ro',
      `https://${'a'.repeat(300)}.ro`,
    ]) {
      expect(await refused({ ...valid, publicUrl }, 'publicUrl'), publicUrl).toEqual({
        key: 'organisation_admin.public_url.invalid',
      });
    }
  });
});
