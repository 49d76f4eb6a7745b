import type { Db } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { createProcess } from './processes.ts';
import { PHASES } from './phases.ts';

/** The process form's fields, with every phase a day apart starting `startDaysAgo` days ago. */
export function processInput(overrides: Record<string, unknown> = {}, startDaysAgo = 1) {
  const day = 86_400_000;
  const base = Date.now() - startDaysAgo * day;
  return {
    title_ro: 'Bugetare participativă 2026',
    description_ro: 'Cetățenii propun și votează proiecte pentru oraș.',
    audience: 'public',
    budget: '900000',
    projectCap: '150000',
    countingRule: 'cluj',
    maxWinners: '15',
    ...Object.fromEntries(
      PHASES.flatMap((p, i) => [
        [`phase_${p}`, 'on'],
        [`starts_${p}`, new Date(base + i * day)],
      ]),
    ),
    ...overrides,
  };
}

/** An organisation with an admin, a moderator, a citizen, an employee and a draft process. */
export async function pbWorld(db: Db, overrides: Record<string, unknown> = {}) {
  const org = await makeOrganisation(db);
  const admin = await makeUser(db, org, ['admin', 'employee']);
  const citizen = await makeUser(db, org, ['participant']);
  const employee = await makeUser(db, org, ['employee']);
  const asAdmin = await ctxFor(db, org, admin);
  const process = await createProcess(asAdmin, processInput(overrides));
  const as = (user: typeof admin | null, now?: () => Date): Promise<Ctx> =>
    ctxFor(db, org, user, now);
  return { org, admin, citizen, employee, asAdmin, process, as };
}
