import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeDepartment, makeUser, openCallWorld } from '../testing/factories.ts';
import { Forbidden } from '../errors.ts';
import { getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import { queueEmail } from '../mail/outbox.ts';
import { accessibilityFeedback } from '../feedback/schema.ts';
import { memberships, oidcIdentities, users } from '../accounts/schema.ts';
import { createSession, hashToken } from '../accounts/sessions.ts';
import { issueToken } from '../accounts/tokens.ts';
import { exportPersonalData } from './export-personal-data.ts';
import { auditActions } from '../accounts/testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** An employee active in two organisations, next to a colleague with data of their own. */
async function world() {
  const db = database.db;
  const w = await openCallWorld(db);
  const other = await openCallWorld(db);
  const dept = await makeDepartment(db, w.org, `d-${uuidv7().slice(-6)}`);
  await db
    .update(memberships)
    .set({ departmentId: dept.id, staffGrade: 'head_of_office' })
    .where(eq(memberships.userId, w.employee.id));
  await db
    .insert(memberships)
    .values({ organisationId: other.org.id, userId: w.employee.id, roles: ['employee'] });
  const asEmployee = await ctxFor(db, w.org, w.employee);
  const asEmployeeThere = await ctxFor(db, other.org, w.employee);
  const asColleague = await ctxFor(db, w.org, w.colleague);
  const here = await getCall(w.asAdmin, w.call.id);
  const there = await getCall(other.asAdmin, other.call.id);
  const fields = (title: string, categoryId: string) => ({
    title,
    problem: 'Tipărim lunar 1.050 de fluturași.',
    solution: 'Îi trimitem pe e-mail, ca PDF protejat.',
    categoryId,
  });
  const submitted = await createProposal(asEmployee, w.call.id, {
    ...fields('Fluturașul de salariu digital', here.categories[0]!.id),
    clientToken: uuidv7(),
  });
  await transitionProposal(asEmployee, submitted.id, 'submit');
  const draft = await createProposal(asEmployeeThere, other.call.id, {
    ...fields('Ciornă: parcări pentru biciclete', there.categories[0]!.id),
    clientToken: uuidv7(),
  });
  const colleagues = await createProposal(asColleague, w.call.id, {
    ...fields('Propunerea colegului Gyöngyösi Ödön', here.categories[0]!.id),
    clientToken: uuidv7(),
  });
  return { ...w, other, dept, asEmployee, submitted, draft, colleagues };
}

describe('downloading one’s data', () => {
  test('holds the account, memberships, proposals in every organisation, identities, sessions, activity and e-mails', async () => {
    const w = await world();
    const db = database.db;
    await db
      .insert(oidcIdentities)
      .values({ issuer: 'https://sso.example.org', subject: 'emp-42', userId: w.employee.id });
    await createSession(db, w.employee.id, new Date());
    await createSession(db, w.employee.id, new Date(Date.now() - 40 * 86_400_000)); // expired
    await queueEmail(db, {
      organisationId: w.org.id,
      to: w.employee.email,
      subject: 'Bun venit',
      text: 'Corpul mesajului cu un link secret',
    });

    const data = await exportPersonalData(w.asEmployee);

    expect(data.account).toMatchObject({
      id: w.employee.id,
      email: w.employee.email,
      name: 'Ștefan Țîrlea',
      locale: 'ro',
      emailVerified: true,
      hasPassword: false,
    });
    expect(data.memberships.map((m) => [m.organisation.slug, m.roles])).toEqual([
      [w.org.slug, ['employee']],
      [w.other.org.slug, ['employee']],
    ]);
    expect(data.memberships[0]!.department?.key).toBe(w.dept.key);
    expect(data.memberships.map((m) => m.staffGrade)).toEqual(['head_of_office', null]);
    expect(data.proposals.map((p) => [p.organisation, p.title, p.state, p.call.title.ro])).toEqual([
      [w.org.slug, 'Fluturașul de salariu digital', 'submitted', 'Innovato-R 2026'],
      [w.other.org.slug, 'Ciornă: parcări pentru biciclete', 'draft', 'Innovato-R 2026'],
    ]);
    expect(data.proposals[0]!.problem).toBe('Tipărim lunar 1.050 de fluturași.');
    expect(data.proposals[0]!.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(data.singleSignOnIdentities).toMatchObject([
      { issuer: 'https://sso.example.org', subject: 'emp-42' },
    ]);
    expect(data.activeSessions).toHaveLength(1);
    expect(Object.keys(data.activeSessions[0]!).sort()).toEqual(['createdAt', 'expiresAt']);
    expect(data.activity.map((a) => a.action)).toEqual(
      expect.arrayContaining(['proposal.create', 'proposal.submit']),
    );
    expect(data.emails).toMatchObject([{ subject: 'Bun venit', status: 'pending' }]);
    // Plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  test("holds no secret and nothing of other people's", async () => {
    const w = await world();
    const db = database.db;
    await db
      .update(users)
      .set({ passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$secretsecretsecret' })
      .where(eq(users.id, w.employee.id));
    const session = await createSession(db, w.employee.id, new Date());
    const token = await issueToken(db, w.employee.id, 'reset_password', new Date());
    await queueEmail(db, {
      organisationId: w.org.id,
      to: w.employee.email,
      subject: 'Resetare parolă',
      text: `https://innovato.example/account/reset-password?token=${token}`,
    });
    await queueEmail(db, {
      organisationId: w.org.id,
      to: w.colleague.email,
      subject: 'Pentru coleg',
      text: 'Nu este al lui.',
    });

    const data = await exportPersonalData(await ctxFor(db, w.org, w.employee));
    const json = JSON.stringify(data);

    expect(data.account.hasPassword).toBe(true);
    expect(json).not.toContain('argon2');
    expect(json).not.toContain(session.token);
    expect(json).not.toContain(hashToken(session.token));
    expect(json).not.toContain(token);
    expect(json).not.toContain(hashToken(token));
    expect(json).not.toMatch(/password_?hash|tokenHash/i);
    expect(json).not.toContain(w.colleague.email);
    expect(json).not.toContain(w.colleague.id);
    expect(json).not.toContain('Propunerea colegului');
    expect(json).not.toContain('Pentru coleg');
    expect(data.proposals.map((p) => p.id).sort()).toEqual([w.submitted.id, w.draft.id].sort());
  });

  test('accessibility feedback left with the address is theirs only once they have confirmed it', async () => {
    const w = await world();
    const db = database.db;
    const address = `fb-${uuidv7().slice(-8)}@example.org`;
    await db.insert(accessibilityFeedback).values({
      organisationId: w.org.id,
      name: 'Anișoara',
      email: address.toUpperCase(),
      message: 'Formularul nu se poate folosi cu tastatura.',
    });
    const unconfirmed = await makeUser(db, w.org, ['participant'], {
      email: address,
      emailVerifiedAt: null,
    });
    const before = await exportPersonalData(await ctxFor(db, w.org, unconfirmed));
    expect(before.accessibilityFeedback).toEqual([]);

    await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, unconfirmed.id));
    const after = await exportPersonalData(await ctxFor(db, w.org, unconfirmed));
    expect(after.accessibilityFeedback).toMatchObject([
      { organisation: w.org.slug, message: 'Formularul nu se poate folosi cu tastatura.' },
    ]);
  });

  test('is audited, and refused to anonymous visitors', async () => {
    const w = await world();
    await exportPersonalData(w.asEmployee);
    expect(await auditActions(database.db, w.employee.id)).toContain('account.export');
    await expect(exportPersonalData(await ctxFor(database.db, w.org, null))).rejects.toThrow(
      Forbidden,
    );
  });

  test('a fresh account with nothing yet exports empty lists, not errors', async () => {
    const w = await openCallWorld(database.db);
    const data = await exportPersonalData(await ctxFor(database.db, w.org, w.participant));
    expect(data.proposals).toEqual([]);
    expect(data.singleSignOnIdentities).toEqual([]);
    expect(data.emails).toEqual([]);
    expect(data.memberships).toHaveLength(1);
  });
});
