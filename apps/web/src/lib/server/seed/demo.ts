import { count } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { organisations } from '../organisations/schema.ts';
import type { Role } from '../accounts/schema.ts';
import { demoPassword } from '../accounts/seed.ts';
import { recordAudit } from '../audit/record.ts';
import { publishHead } from '../audit/head.ts';
import { modules } from '../modules.ts';
import demo from './cluj-demo.json' with { type: 'json' };
import { newWorld } from './world.ts';

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
 * Seeds Primăria Cluj-Napoca: every module adds its part (its manifest's `seed`), in the order
 * of `modules.ts`, in one transaction. Does nothing on a database that already has an
 * organisation.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const head = await db.transaction(async (tx) => {
    const world = newWorld(demo, now, uuidv7());
    for (const m of modules) await m.seed?.(tx, world);
    return recordAudit(tx, null, {
      action: 'demo.seed',
      resourceType: 'organisation',
      resourceId: world.organisationId,
      organisationId: world.organisationId,
      after: { slug: demo.organisation.slug, ...world.counts },
    });
  });
  publishHead(head);
  return true;
}
