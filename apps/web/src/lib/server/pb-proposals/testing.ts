import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import type { User } from '../accounts/schema.ts';
import { makeUser } from '../testing/factories.ts';
import { createPbProposal } from './commands.ts';
import { updateProposalRules } from './rules.ts';
import { CLUJ_CRITERIA } from './criteria.ts';
import { getProcess, transitionProcess } from '../pb/processes.ts';
import { declareParticipation } from '../pb/voters.ts';
import { pbWorld } from '../pb/testing.ts';
import type { Phase } from '../pb/phases.ts';

const DAY = 86_400_000;

/**
 * A public process in its submission phase (phases a day apart: submission from now, analysis
 * from +1 day, appeals +2, voting +3), a moderator, and citizens who declared living in the
 * city. `clock` moves the domain's time; `enter(phase)` moves the clock into the phase and the
 * process with it, as the phase job would.
 */
export async function proposalWorld(db: Db, overrides: Record<string, unknown> = {}) {
  const w = await pbWorld(db, overrides);
  const start = Date.now();
  let time = start + 60_000;
  const now = () => new Date(time);
  const moderator = await makeUser(db, w.org, ['moderator']);
  const as = (user: User | null): Promise<Ctx> => w.as(user, now);
  const declare = async (user: User) =>
    declareParticipation(await as(user), (await getProcess(w.asAdmin, w.process.id)).process, {
      relation: 'lives',
      birthYear: '1990',
      confirm: 'on',
    });
  const newCitizen = async () => {
    const u = await makeUser(db, w.org, ['participant']);
    await declare(u);
    return u;
  };
  await transitionProcess(w.asAdmin, w.process.id, 'information');
  await transitionProcess(w.asAdmin, w.process.id, 'submission');
  if (w.process.audience === 'public') await declare(w.citizen);
  const { domains } = await getProcess(w.asAdmin, w.process.id);
  const offsets: Partial<Record<Phase, number>> = { analysis: 1, appeals: 2, voting: 3 };
  const enter = async (phase: Phase) => {
    time = start + offsets[phase]! * DAY + 60_000;
    await transitionProcess(await as(w.admin), w.process.id, phase);
  };
  return {
    ...w,
    moderator,
    as,
    now,
    newCitizen,
    domains,
    enter,
    setTime: (t: number) => (time = t),
  };
}

/** A complete proposal form (cost in whole euros), a fresh token each time. */
export function proposalInput(domainId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientToken: randomUUID(),
    title: 'Pistă de biciclete pe strada Observatorului',
    description: 'O pistă separată de trotuar, de la Piața Cipariu la campusul Observator.',
    domainId,
    address: 'Strada Observatorului, Cluj-Napoca',
    latitude: '46.7546',
    longitude: '23.5970',
    cost: '120000',
    ...overrides,
  };
}

/** Every criterion of a checklist passed, with the city's estimate. */
export function passingAnalysis(keys: string[], cityCost = '140000') {
  return {
    cityCost,
    ...Object.fromEntries(
      keys.flatMap((k) => [
        [`check_${k}`, 'pass'],
        [`note_${k}`, 'Verificat.'],
      ]),
    ),
  };
}

/** The process takes group proposals (two authors at least); the citizen writes a draft of one. */
export async function groupDraft(w: Awaited<ReturnType<typeof proposalWorld>>, domain = 0) {
  await updateProposalRules(w.asAdmin, w.process.id, {
    perDomainLimit: '1',
    minGroupSize: '2',
    criteria_ro: CLUJ_CRITERIA.map((c) => c.label.ro).join('\n'),
  });
  const me = await w.as(w.citizen);
  const draft = await createPbProposal(
    me,
    w.process.id,
    proposalInput(w.domains[domain]!.id, { intent: 'draft' }),
  );
  return { me, draft };
}
