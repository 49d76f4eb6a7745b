import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { hashPassword } from './passwords.ts';
import { memberships, users, type Role } from './schema.ts';

/** Demo passwords, one per role. Demo mode only: never seeded in production. */
export const demoPassword = (role: Role) => `demo-${role}-2026`;

/** The demo people, each a verified member with their role; staff are employees too. */
export async function seedPeople(tx: Tx, w: DemoWorld) {
  const hashes = new Map<string, string>();
  for (const role of new Set(w.data.people.map((p) => p.role))) {
    hashes.set(role, await hashPassword(demoPassword(role as Role)));
  }
  const staffDomain = `@${w.data.organisation.staffEmailDomains[0]}`;
  for (const p of w.data.people) {
    const userId = uuidv7();
    w.ids.set(`user:${p.key}`, userId);
    await tx.insert(users).values({
      id: userId,
      email: p.email,
      name: p.name,
      locale: 'ro',
      passwordHash: hashes.get(p.role)!,
      emailVerifiedAt: w.now,
    });
    const roles = new Set<Role>([p.role as Role]);
    if (p.email.endsWith(staffDomain)) roles.add('employee');
    await tx.insert(memberships).values({
      organisationId: w.organisationId,
      userId,
      roles: [...roles],
      departmentId: p.department ? w.id('department', p.department) : null,
    });
  }
  w.counts.people = w.data.people.length;
}
