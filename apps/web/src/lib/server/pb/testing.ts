import type { Db } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { addProject, createProcess, getProcess, transitionProcess } from './processes.ts';
import { updateBallotRule } from './rules.ts';
import type { Actor } from '../context.ts';
import type { Organisation } from '../organisations/schema.ts';
import { memberships, users } from '../accounts/schema.ts';
import { uuidv7 } from '../db/ids.ts';
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

/**
 * `n` employees of the organisation, inserted in bulk, as the actors the booth sees (an internal
 * process: the employees are the electorate, no declaration needed). For load and concurrency.
 */
export async function electorate(db: Db, org: Organisation, n: number): Promise<Actor[]> {
  const actors: Actor[] = [];
  for (let start = 0; start < n; start += 500) {
    const rows = Array.from({ length: Math.min(500, n - start) }, (_, i) => ({
      id: uuidv7(),
      email: `voter-${start + i}-${uuidv7().slice(-8)}@primariaclujnapoca.ro`,
      name: `Alegător ${start + i}`,
      emailVerifiedAt: new Date(),
    }));
    await db.insert(users).values(rows);
    await db
      .insert(memberships)
      .values(
        rows.map((u) => ({ organisationId: org.id, userId: u.id, roles: ['employee' as const] })),
      );
    for (const u of rows)
      actors.push({
        userId: u.id,
        email: u.email,
        name: u.name,
        locale: 'ro',
        emailVerified: true,
        roles: ['employee'],
        departmentId: null,
      });
  }
  return actors;
}

/** An internal process in its voting phase with `count` projects spread over the six domains. */
export async function internalVote(db: Db, rule: Record<string, string>, count = 12) {
  const w = await pbWorld(db, {
    audience: 'internal',
    phase_information: '',
    phase_submission: '',
    phase_analysis: '',
    phase_appeals: '',
  });
  await updateBallotRule(w.asAdmin, w.process.id, {
    minProjects: '1',
    countingRule: 'cluj',
    maxWinners: '15',
    ...rule,
  });
  const { domains } = await getProcess(w.asAdmin, w.process.id);
  for (let i = 0; i < count; i++)
    await addProject(w.asAdmin, w.process.id, {
      domainId: domains[i % domains.length]!.id,
      title: `Proiectul ${i + 1}`,
      cost: String(20_000 + 10_000 * (i % 12)),
    });
  await transitionProcess(w.asAdmin, w.process.id, 'voting');
  const view = await getProcess(w.asAdmin, w.process.id);
  return { ...w, view };
}
