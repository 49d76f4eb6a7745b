import type { Ctx } from '../context.ts';
import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { organisations, departments, type Organisation } from '../organisations/schema.ts';
import { memberships, users, type Role, type User } from '../accounts/schema.ts';
import { actorFor } from '../accounts/sessions.ts';
import { createCall, transitionCall } from '../calls/service.ts';

/** Factories: realistic data in one line, for domain tests. */
export async function makeOrganisation(
  db: Db,
  overrides: Partial<typeof organisations.$inferInsert> = {},
) {
  const slug = overrides.slug ?? `org-${uuidv7().slice(-8)}`;
  const [org] = await db
    .insert(organisations)
    .values({
      slug,
      name: {
        ro: 'Primăria Municipiului Cluj-Napoca',
        en: 'Cluj-Napoca City Hall',
        hu: 'Kolozsvár',
      },
      staffEmailDomains: ['primariaclujnapoca.ro'],
      // Links in e-mails come from here (never from a request).
      publicUrl: 'https://innovato.example',
      ...overrides,
    })
    .returning();
  return org!;
}

export async function makeDepartment(db: Db, org: Organisation, key = 'payroll') {
  const [dept] = await db
    .insert(departments)
    .values({
      organisationId: org.id,
      key,
      name: { ro: 'Serviciul Salarizare', en: 'Payroll Service' },
    })
    .returning();
  return dept!;
}

export async function makeUser(
  db: Db,
  org: Organisation | null,
  roles: Role[],
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${uuidv7().slice(-12)}@primariaclujnapoca.ro`,
      name: 'Ștefan Țîrlea',
      emailVerifiedAt: new Date(),
      ...overrides,
    })
    .returning();
  if (org && roles.length) {
    await db.insert(memberships).values({ organisationId: org.id, userId: user!.id, roles });
  }
  return user!;
}

/** A domain context acting as `user` (or anonymously) in `org`, with a settable clock. */
export async function ctxFor(
  db: Db,
  org: Organisation,
  user: User | null,
  now = () => new Date(),
): Promise<Ctx> {
  return { db, org, actor: user ? await actorFor(db, user, org.id) : null, now };
}

/** The call form's fields (dates may be Date objects), as createCall takes them. */
export function callInput(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title_ro: 'Innovato-R 2026',
    title_en: 'Innovato-R 2026',
    title_hu: 'Innovato-R 2026',
    description_ro: 'Concursul intern de idei al primăriei.',
    audience: 'internal',
    opensAt: new Date(now - 86_400_000),
    closesAt: new Date(now + 30 * 86_400_000),
    evaluationEndsAt: new Date(now + 60 * 86_400_000),
    decisionAt: new Date(now + 75 * 86_400_000),
    eligibleRoles: 'employee',
    allowsIndividual: 'on',
    allowsTeam: 'on',
    maxTeamSize: '4',
    anonymousToJury: 'on',
    winnersCount: '3',
    supportKind: 'budget',
    supportBudget: '50000',
    ...overrides,
  };
}

/** An organisation with an admin, an employee, an outsider and an open internal call. */
export async function openCallWorld(db: Db) {
  const org = await makeOrganisation(db);
  const admin = await makeUser(db, org, ['admin', 'employee']);
  const employee = await makeUser(db, org, ['employee']);
  const colleague = await makeUser(db, org, ['employee']);
  const participant = await makeUser(db, org, ['participant'], {
    email: `p-${uuidv7().slice(-8)}@example.org`,
  });
  const asAdmin = await ctxFor(db, org, admin);
  const draft = await createCall(asAdmin, callInput());
  const call = await transitionCall(asAdmin, draft.id, 'publish');
  return { org, admin, employee, colleague, participant, call, asAdmin };
}
