import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { CLUJ_BALLOT, type BallotRule } from './ballot-rule.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
import { DEFAULT_DOMAINS } from './default-domains.ts';
import { demoCoordinates } from './demo-coordinates.ts';
import { votingHasOpened, type Phase, type ProcessState } from './phases.ts';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { sha256 } from '../secrets.ts';
import {
  pbBallots,
  pbDomains,
  pbParticipants,
  pbPhases,
  pbProcesses,
  pbProjects,
  pbVoterRoll,
} from './schema.ts';
import { publishResults } from './results.ts';
import { seedDeskAndValidation } from './seed-desk.ts';

const DAY = 86_400_000;
const EURO = 100;

/** Phase → start, in days from now: the current edition is three days into its vote. */
const CURRENT: [Phase, number][] = [
  ['information', -75],
  ['submission', -60],
  ['analysis', -35],
  ['voting', -3],
  ['validation', 11],
  ['results', 18],
  ['implementation', 60],
];

/** A process as the demo has it: its timeline, Cluj's six domains, the demo's projects. */
export async function seedProcess(
  tx: Tx,
  w: DemoWorld,
  o: {
    key: string;
    title: LocalizedText;
    description: LocalizedText;
    state: ProcessState;
    timeline: [Phase, number][];
    rule?: BallotRule;
    /** Without the demo's projects: a process still taking or analysing proposals. */
    noProjects?: boolean;
  },
) {
  const id = uuidv7();
  w.ids.set(`pb:${o.key}`, id);
  const admin = w.data.people.find((p) => p.role === 'admin')!;
  const opened = o.timeline.find(([p]) => p === 'voting')![1];
  await tx.insert(pbProcesses).values({
    id,
    organisationId: w.organisationId,
    title: o.title,
    description: o.description,
    audience: 'public',
    // Drafted first: its domains and projects are locked once voting has opened (trigger).
    state: 'draft',
    budget: 900_000 * EURO,
    projectCap: w.data.pbBudgetCeilingEur * EURO,
    ballotRule: o.rule ?? CLUJ_BALLOT,
    countingRule: 'cluj',
    maxWinners: 15,
    createdBy: w.id('user', admin.key),
    createdAt: new Date(w.now.getTime() + o.timeline[0]![1] * DAY),
  });
  const ids = { organisationId: w.organisationId, processId: id };
  await tx.insert(pbPhases).values(
    o.timeline.map(([phase, days]) => ({
      ...ids,
      phase,
      startsAt: new Date(w.now.getTime() + days * DAY),
    })),
  );
  const domainIds = new Map<string, string>();
  for (const [position, d] of DEFAULT_DOMAINS.entries()) {
    const domainId = uuidv7();
    domainIds.set(d.key, domainId);
    w.ids.set(`pbdomain:${o.key}:${d.key}`, domainId);
    await tx.insert(pbDomains).values({ id: domainId, ...ids, key: d.key, name: d.name, position });
  }
  for (const [i, p] of (o.noProjects ? [] : w.data.pbProposals).entries()) {
    const projectId = uuidv7();
    w.ids.set(`pbproject:${o.key}:${p.key}`, projectId);
    await tx.insert(pbProjects).values({
      id: projectId,
      ...ids,
      domainId: domainIds.get(p.domain)!,
      number: i + 1,
      title: p.title.ro,
      summary: p.description.ro,
      cost: p.costEur * EURO,
      location: p.neighbourhood,
      ...demoCoordinates(p.neighbourhood, i),
    });
  }
  await tx
    .update(pbProcesses)
    .set({
      state: o.state,
      votingOpenedAt: votingHasOpened(o.state) ? new Date(w.now.getTime() + opened * DAY) : null,
    })
    .where(eq(pbProcesses.id, id));
  return id;
}

const edition = (year: number) => ({
  title: {
    ro: `Bugetare participativă Cluj-Napoca ${year}`,
    en: `Cluj-Napoca participatory budgeting ${year}`,
    hu: `Kolozsvári részvételi költségvetés ${year}`,
  },
  description: {
    ro: 'Cei care locuiesc, lucrează sau studiază în Cluj-Napoca aleg câte un proiect în fiecare domeniu. Primăria finanțează proiectul cel mai votat din fiecare domeniu, apoi pe cele mai votate, până la 15 proiecte.',
    en: 'People who live, work or study in Cluj-Napoca choose one project in each domain. The city funds the most-voted project of each domain, then the most voted overall, up to 15 projects.',
    hu: 'Akik Kolozsváron élnek, dolgoznak vagy tanulnak, minden területen egy projektet választanak. A város minden terület legtöbb szavazatot kapott projektjét finanszírozza, majd a legtöbb szavazatot kapottakat, legfeljebb 15 projektig.',
  },
});

/** A neighbourhood's own budget: choose projects whose costs fit in €300,000. */
const NEIGHBOURHOOD = {
  title: {
    ro: 'Bugetul cartierului Mănăștur',
    en: 'Mănăștur neighbourhood budget',
    hu: 'Mănăștur (Monostor) negyed költségvetése',
  },
  description: {
    ro: 'Locuitorii din Mănăștur aleg proiectele pe care le vor, cât timp costurile lor împreună nu depășesc 300.000 de euro.',
    en: 'Mănăștur residents choose the projects they want, as long as their costs together stay within €300,000.',
    hu: 'A monostoriak kiválasztják a kívánt projekteket, amíg költségük együtt nem haladja meg a 300 000 eurót.',
  },
};
const KNAPSACK: BallotRule = {
  ...CLUJ_BALLOT,
  kind: 'knapsack',
  perDomainMax: null,
  budgetLimit: 300_000 * EURO,
};

/** The demo participant has declared living in the city: the booth opens at once. */
async function declareDemoParticipant(tx: Tx, w: DemoWorld, processId: string) {
  const participant = w.data.people.find((p) => p.role === 'participant')!;
  await tx.insert(pbParticipants).values({
    organisationId: w.organisationId,
    processId,
    userId: w.id('user', participant.key),
    relation: 'lives',
    birthYear: 1988,
    declaredAt: new Date(w.now.getTime() - DAY),
  });
}

/** Last year's edition, from information to implementation. */
const FINISHED: [Phase, number][] = [
  ['information', -440],
  ['submission', -425],
  ['analysis', -400],
  ['voting', -365],
  ['validation', -351],
  ['results', -344],
  ['implementation', -300],
];

/** A small deterministic generator: the same demo every time. */
function generator(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/**
 * Ballots as Cluj's voters fill them in: in most domains one project, more often the popular
 * one. Inserted while the process is in its voting phase (the database allows nothing else),
 * with a roll entry each whose account is not kept (the demo has no such people).
 */
async function seedBallots(tx: Tx, w: DemoWorld, processId: string, count: number) {
  const random = generator(2025);
  const byDomain = new Map<string, string[]>();
  for (const p of w.data.pbProposals) {
    const list = byDomain.get(p.domain) ?? [];
    list.push(w.id('pbproject', `finished:${p.key}`));
    byDomain.set(p.domain, list);
  }
  const ballots: (typeof pbBallots.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const chosen: string[] = [];
    for (const [d, list] of [...byDomain.entries()].sort()) {
      if (random() > 0.35 + 0.08 * (d.length % 5)) continue;
      chosen.push(list[random() < 0.62 ? 0 : list.length - 1]!);
    }
    if (!chosen.length) chosen.push([...byDomain.values()][i % byDomain.size]![0]!);
    ballots.push({
      id: randomUUID(),
      organisationId: w.organisationId,
      processId,
      receiptHash: sha256(`demo-${processId}-${i}`),
      projectIds: chosen,
      points: chosen.map(() => 1),
    });
  }
  const votedAt = new Date(w.now.getTime() - 360 * DAY);
  for (let i = 0; i < ballots.length; i += 500) {
    await tx.insert(pbBallots).values(ballots.slice(i, i + 500));
    await tx
      .insert(pbVoterRoll)
      .values(
        ballots
          .slice(i, i + 500)
          .map(() => ({ organisationId: w.organisationId, processId, votedAt })),
      );
  }
}

/**
 * Last year's edition, finished: about three thousand ballots, results published (winners,
 * explanations, charts, the `.pb` file); this year's in its voting phase, and a neighbourhood's
 * knapsack vote — the demo participant can vote in both.
 */
export async function seedPb(tx: Tx, w: DemoWorld) {
  const year = w.now.getUTCFullYear();
  const finished = await seedProcess(tx, w, {
    key: 'finished',
    ...edition(year - 1),
    state: 'voting',
    timeline: FINISHED,
  });
  await seedBallots(tx, w, finished, 3120);
  await publishResults({ db: tx, now: () => new Date(w.now.getTime() - 344 * DAY) }, finished);
  await tx.update(pbProcesses).set({ state: 'implementation' }).where(eq(pbProcesses.id, finished));
  const current = await seedProcess(tx, w, {
    key: 'current',
    ...edition(year),
    state: 'voting',
    timeline: CURRENT,
  });
  const local = await seedProcess(tx, w, {
    key: 'neighbourhood',
    ...NEIGHBOURHOOD,
    state: 'voting',
    timeline: CURRENT,
    rule: KNAPSACK,
  });
  for (const id of [current, local]) await declareDemoParticipant(tx, w, id);
  await seedDeskAndValidation(tx, w, current);
  w.counts.pbProcesses = 3;
}
