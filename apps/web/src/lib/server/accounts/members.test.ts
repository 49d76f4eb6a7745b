import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeDepartment, makeOrganisation, makeUser } from '../testing/factories.ts';
import { Forbidden, Invalid, NotFound } from '../errors.ts';
import type { Organisation } from '../organisations/schema.ts';
import { listOutbox } from '../mail/outbox-list.ts';
import { memberships, type User } from './schema.ts';
import { listMembers, updateMember } from './members.ts';
import { changePassword, updateProfile } from './profile.ts';
import { hashPassword } from './passwords.ts';
import { auditActions } from './testing.ts';

let database: Database;
let org: Organisation;
let other: Organisation;
let admin: User;
let employee: User;

beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db);
  other = await makeOrganisation(database.db);
  admin = await makeUser(database.db, org, ['participant', 'admin'], { name: 'Andrei Mureșan' });
  employee = await makeUser(database.db, org, ['participant', 'employee'], {
    name: 'Cristina Săbău',
    passwordHash: await hashPassword('parola-cristinei-2026'),
  });
});
afterAll(() => database.close());

const membershipOf = async (user: User, organisation = org) =>
  (await database.db.select().from(memberships).where(eq(memberships.userId, user.id))).find(
    (m) => m.organisationId === organisation.id,
  )!;

describe('members and roles', () => {
  test('an admin changes roles and department, audited with before and after', async () => {
    const dept = await makeDepartment(database.db, org, 'it');
    const asAdmin = await ctxFor(database.db, org, admin);
    const m = await membershipOf(employee);
    const after = await updateMember(asAdmin, m.id, {
      roles: ['employee', 'evaluator'],
      departmentId: dept.id,
    });
    expect(after).toMatchObject({
      roles: ['participant', 'employee', 'evaluator'],
      departmentId: dept.id,
    });
    expect(await auditActions(database.db, m.id)).toEqual(['membership.update']);

    // Without the employee role the department goes.
    const noLonger = await updateMember(asAdmin, m.id, {
      roles: 'evaluator',
      departmentId: dept.id,
    });
    expect(noLonger).toMatchObject({ roles: ['participant', 'evaluator'], departmentId: null });
    await updateMember(asAdmin, m.id, { roles: ['employee'] });
  });

  test('only admins may change roles', async () => {
    const m = await membershipOf(admin);
    const asEmployee = await ctxFor(database.db, org, employee);
    await expect(updateMember(asEmployee, m.id, { roles: [] })).rejects.toThrow(Forbidden);
    await expect(
      updateMember(await ctxFor(database.db, org, null), m.id, { roles: [] }),
    ).rejects.toThrow(Forbidden);
    await expect(listMembers(asEmployee, {})).rejects.toThrow(Forbidden);
    expect((await membershipOf(admin)).roles).toContain('admin');
  });

  test('an admin cannot remove their own admin role', async () => {
    const m = await membershipOf(admin);
    const asAdmin = await ctxFor(database.db, org, admin);
    await expect(updateMember(asAdmin, m.id, { roles: ['employee'] })).rejects.toThrow(Invalid);
    expect((await membershipOf(admin)).roles).toEqual(['participant', 'admin']);
  });

  test('members of another organisation and bad ids are not found; bad roles are Invalid', async () => {
    const outsider = await makeUser(database.db, other, ['participant']);
    const asAdmin = await ctxFor(database.db, org, admin);
    await expect(
      updateMember(asAdmin, (await membershipOf(outsider, other)).id, { roles: ['admin'] }),
    ).rejects.toThrow(NotFound);
    for (const id of ['0', '../../etc/passwd', '00000000-0000-0000-0000-000000000000']) {
      await expect(updateMember(asAdmin, id, { roles: [] })).rejects.toThrow(NotFound);
    }
    const m = await membershipOf(employee);
    for (const input of [
      { roles: ['superuser'] },
      { roles: '<script>' },
      { roles: ['employee'], departmentId: 'x' },
    ]) {
      await expect(updateMember(asAdmin, m.id, input)).rejects.toThrow(Invalid);
    }
    // A department of another organisation: refused by the database constraint, as Invalid.
    const foreign = await makeDepartment(database.db, other, 'foreign');
    await expect(
      updateMember(asAdmin, m.id, { roles: ['employee'], departmentId: foreign.id }),
    ).rejects.toThrow(Invalid);
    expect((await membershipOf(employee)).departmentId).toBeNull();
  });

  test('the list searches name and e-mail, literally, and pages', async () => {
    const asAdmin = await ctxFor(database.db, org, admin);
    expect((await listMembers(asAdmin, { q: 'săbău' })).members.map((m) => m.name)).toEqual([
      'Cristina Săbău',
    ]);
    expect((await listMembers(asAdmin, { q: '%' })).members).toEqual([]);
    const all = await listMembers(asAdmin, { page: 'abc' });
    expect(all).toMatchObject({ page: 1, total: 2 });
    expect(all.members.every((m) => m.email)).toBe(true);
  });

  test('the stored e-mails page is for admins only', async () => {
    await expect(listOutbox(await ctxFor(database.db, org, employee), {})).rejects.toThrow(
      Forbidden,
    );
    await expect(listOutbox(await ctxFor(database.db, org, admin), {})).resolves.toMatchObject({
      page: 1,
    });
  });
});

describe('profile', () => {
  test('name, language and department are saved, audited; bad input changes nothing', async () => {
    const dept = await makeDepartment(database.db, org, 'urbanism');
    const ctx = await ctxFor(database.db, org, employee);
    const after = await updateProfile(ctx, {
      name: 'Cristina Săbău-Pop',
      locale: 'hu',
      departmentId: dept.id,
    });
    expect(after).toMatchObject({ name: 'Cristina Săbău-Pop', locale: 'hu' });
    expect((await membershipOf(employee)).departmentId).toBe(dept.id);
    expect(await auditActions(database.db, employee.id)).toContain('account.profile_update');
    for (const input of [
      { name: '', locale: 'ro' },
      { name: 'x'.repeat(10_000), locale: 'ro' },
      { name: 'a\u0007', locale: 'ro' },
      { name: 'Ok', locale: 'fr' },
    ]) {
      await expect(updateProfile(ctx, input)).rejects.toThrow(Invalid);
    }
    await expect(
      updateProfile(await ctxFor(database.db, org, null), { name: 'x', locale: 'ro' }),
    ).rejects.toThrow(Forbidden);
  });

  test('a participant cannot set a department', async () => {
    const dept = await makeDepartment(database.db, org, 'cultura');
    const participant = await makeUser(database.db, org, ['participant']);
    await updateProfile(await ctxFor(database.db, org, participant), {
      name: 'P',
      locale: 'ro',
      departmentId: dept.id,
    });
    expect((await membershipOf(participant)).departmentId).toBeNull();
  });

  test('changing the password needs the current one', async () => {
    const ctx = await ctxFor(database.db, org, employee);
    await expect(
      changePassword(ctx, { currentPassword: 'wrong', password: 'o-parolă-nouă-lungă' }),
    ).rejects.toThrow(Invalid);
    await expect(
      changePassword(ctx, { currentPassword: 'parola-cristinei-2026', password: 'scurtă' }),
    ).rejects.toThrow(Invalid);
    const session = await changePassword(ctx, {
      currentPassword: 'parola-cristinei-2026',
      password: 'o-parolă-nouă-lungă',
    });
    expect(session.token).toBeTruthy();
    expect(await auditActions(database.db, employee.id)).toContain('account.password_change');
  });
});
