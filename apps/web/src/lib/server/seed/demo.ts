import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { organisations, departments } from '../organisations/schema.ts';
import { memberships, users, type Role } from '../accounts/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { recordAudit } from '../audit/record.ts';
import demo from './cluj-demo.json' with { type: 'json' };

/** Demo passwords, one per role. Demo mode only: never seeded in production. */
export const demoPassword = (role: Role) => `demo-${role}-2026`;

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

/** The first person of each role: the accounts printed at start and listed in the README. */
export function demoAccounts(): DemoAccount[] {
  const seen = new Set<string>();
  return demo.people
    .filter((p) => !seen.has(p.role) && seen.add(p.role))
    .map((p) => ({ role: p.role as Role, email: p.email, password: demoPassword(p.role as Role) }));
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return row?.n === 0;
}

/**
 * Seeds Primăria Cluj-Napoca with departments, people, an open call and its proposals.
 * Does nothing on a database that already has an organisation.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const hashes = new Map<string, string>();
  for (const role of new Set(demo.people.map((p) => p.role))) {
    hashes.set(role, await hashPassword(demoPassword(role as Role)));
  }
  await db.transaction(async (tx) => {
    const orgId = uuidv7();
    const o = demo.organisation;
    await tx.insert(organisations).values({
      id: orgId,
      slug: o.slug,
      name: o.name,
      timeZone: o.timeZone,
      defaultLocale: o.defaultLocale,
      staffEmailDomains: o.staffEmailDomains,
    });
    const deptIds = new Map(demo.departments.map((d) => [d.key, uuidv7()]));
    for (const d of demo.departments) {
      await tx.insert(departments).values({
        id: deptIds.get(d.key)!,
        organisationId: orgId,
        parentId: d.parent ? deptIds.get(d.parent)! : null,
        key: d.key,
        name: d.name,
      });
    }
    const userIds = new Map(demo.people.map((p) => [p.key, uuidv7()]));
    for (const p of demo.people) {
      const userId = userIds.get(p.key)!;
      await tx.insert(users).values({
        id: userId,
        email: p.email,
        name: p.name,
        locale: 'ro',
        passwordHash: hashes.get(p.role)!,
        emailVerifiedAt: now,
      });
      // Staff are employees too, whatever else they do.
      const staff = p.email.endsWith(`@${o.staffEmailDomains[0]}`);
      const roles = [...new Set<Role>([p.role as Role, ...(staff ? (['employee'] as const) : [])])];
      await tx.insert(memberships).values({
        organisationId: orgId,
        userId,
        roles,
        departmentId: p.department ? deptIds.get(p.department)! : null,
      });
    }
    const c = demo.innovationCall;
    const callId = uuidv7();
    const year = now.getUTCFullYear();
    await tx.insert(innovationCalls).values({
      id: callId,
      organisationId: orgId,
      title: c.title,
      description: c.description,
      audience: 'internal',
      state: 'open',
      opensAt: new Date(now.getTime() - 30 * 86_400_000),
      closesAt: new Date(Date.UTC(year + 1, 2, 31, 20, 59)),
      createdBy: userIds.get(demo.people.find((p) => p.role === 'admin')!.key)!,
    });
    const categoryIds = new Map(c.categories.map((cat) => [cat.key, uuidv7()]));
    for (const [position, cat] of c.categories.entries()) {
      await tx.insert(callCategories).values({
        id: categoryIds.get(cat.key)!,
        organisationId: orgId,
        callId,
        key: cat.key,
        name: cat.name,
        position,
      });
    }
    for (const [i, p] of demo.proposals.entries()) {
      const draft = p.status === 'draft';
      const at = new Date(now.getTime() - (demo.proposals.length - i) * 3_600_000 * 7);
      await tx.insert(proposals).values({
        organisationId: orgId,
        callId,
        authorId: userIds.get(p.authorKeys[0]!)!,
        categoryId: categoryIds.get(p.category)!,
        title: p.title.ro,
        problem: p.problem.ro,
        solution: p.solution.ro,
        state: draft ? 'draft' : 'submitted',
        submittedAt: draft ? null : at,
        clientToken: uuidv7(),
        createdAt: at,
        updatedAt: at,
      });
    }
    await recordAudit(tx, null, {
      action: 'demo.seed',
      resourceType: 'organisation',
      resourceId: orgId,
      organisationId: orgId,
      after: { slug: o.slug, people: demo.people.length, proposals: demo.proposals.length },
    });
  });
  return true;
}
