import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import type { Phase } from '../pb/phases.ts';
import { seedProcess } from '../pb/seed.ts';
import { pbParticipants, pbProcesses } from '../pb/schema.ts';
import type { ChecklistResult } from '../validation/checklist.ts';
import { putOnBallot } from './ballot.ts';
import { CLUJ_CRITERIA } from './criteria.ts';
import { pbAppeals, pbProposalMembers, pbProposalRules, pbProposals } from './schema.ts';
import type { PbProposalState } from './states.ts';

const DAY = 86_400_000;
const EURO = 100;

/** A neighbourhood's edition three days into its appeals: every state of the analysis. */
const APPEALS: [Phase, number][] = [
  ['information', -50],
  ['submission', -40],
  ['analysis', -20],
  ['appeals', -3],
  ['voting', 10],
  ['validation', 24],
  ['results', 31],
  ['implementation', 60],
];
/** The youth edition, taking proposals for two more weeks. */
const SUBMISSION: [Phase, number][] = [
  ['information', -20],
  ['submission', -6],
  ['analysis', 14],
  ['voting', 40],
  ['validation', 54],
  ['results', 61],
  ['implementation', 90],
];

/** Every criterion passed with a note, or one failed with its note. */
function analysis(failed?: { key: string; note: string }): ChecklistResult {
  return Object.fromEntries(
    CLUJ_CRITERIA.map((c) =>
      c.key === failed?.key
        ? [c.key, { passed: false, note: failed.note }]
        : [c.key, { passed: true, note: 'Verificat de Direcția Tehnică.' }],
    ),
  );
}

type Seeded = {
  key: string;
  /** A second proposal on the same idea: the source's text under another author and title. */
  twin?: { of: string; author: string; title: string };
  state: PbProposalState;
  cityCostEur?: number;
  analysis?: ChecklistResult;
  reason?: string;
  mergedInto?: string;
  appeal?: { text: string; state: 'pending' | 'upheld' | 'rejected'; reason?: string };
};

/** Writes one demo proposal (from the demo's PB proposals) in a process, in the state given. */
async function seedProposal(tx: Tx, w: DemoWorld, processKey: string, n: number, s: Seeded) {
  const src = w.data.pbProposals.find((p) => p.key === (s.twin?.of ?? s.key))!;
  const at = (days: number) => new Date(w.now.getTime() + days * DAY);
  const id = uuidv7();
  w.ids.set(`pbproposal:${processKey}:${s.key}`, id);
  const [row] = await tx
    .insert(pbProposals)
    .values({
      id,
      organisationId: w.organisationId,
      processId: w.id('pb', processKey),
      domainId: w.id('pbdomain', `${processKey}:${src.domain}`),
      authorId: w.id('user', s.twin?.author ?? src.authorKey),
      number: n,
      title: s.twin?.title ?? src.title.ro,
      description: src.description.ro.slice(0, 5000),
      address: `${src.neighbourhood}, Cluj-Napoca`,
      cost: src.costEur * EURO,
      state: s.state === 'eligible' ? 'submitted' : s.state,
      domainSlot: s.state === 'draft' ? null : 1,
      clientToken: randomUUID(),
      analysis: s.analysis ?? {},
      cityCost: s.cityCostEur ? s.cityCostEur * EURO : null,
      ineligibleReason: s.reason ?? null,
      mergedIntoId: s.mergedInto ? w.id('pbproposal', `${processKey}:${s.mergedInto}`) : null,
      submittedAt: s.state === 'draft' ? null : at(-30),
      decidedAt: ['draft', 'submitted'].includes(s.state) ? null : at(-5),
      createdAt: at(-32),
    })
    .returning();
  if (s.state === 'eligible')
    await tx
      .update(pbProposals)
      .set({ state: 'eligible', projectId: await putOnBallot(tx, row!) })
      .where(eq(pbProposals.id, id));
  if (s.appeal)
    await tx.insert(pbAppeals).values({
      organisationId: w.organisationId,
      processId: row!.processId,
      proposalId: id,
      appellantId: row!.authorId,
      text: s.appeal.text,
      state: s.appeal.state,
      decisionReason: s.appeal.reason ?? null,
      decidedBy: s.appeal.reason ? w.id('user', 'ioana-pop') : null,
      decidedAt: s.appeal.reason ? at(-1) : null,
      createdAt: at(-2),
    });
  return row!;
}

/** The neighbourhood edition in appeals: analysed, merged, ineligible, appeals pending and decided. */
async function seedAppealsEdition(tx: Tx, w: DemoWorld, year: number) {
  await seedProcess(tx, w, {
    key: 'gheorgheni',
    title: {
      ro: `Bugetul cartierului Gheorgheni ${year}`,
      en: `Gheorgheni neighbourhood budget ${year}`,
      hu: `Gheorgheni (Györgyfalvi) negyed költségvetése ${year}`,
    },
    description: {
      ro: 'Locuitorii din Gheorgheni au propus proiecte; primăria le-a analizat, iar acum se judecă contestațiile, înainte de vot.',
      en: 'Gheorgheni residents proposed projects; the city analysed them, and appeals are now being heard before the vote.',
      hu: 'A gheorghenibeliek projekteket javasoltak; a város elemezte őket, most a fellebbezések elbírálása folyik a szavazás előtt.',
    },
    state: 'appeals',
    timeline: APPEALS,
    noProjects: true,
  });
  const g = 'gheorgheni';
  const seeded: Seeded[] = [
    {
      key: 'pb-albac-raised-crossings',
      state: 'eligible',
      cityCostEur: 64_000,
      analysis: analysis(),
    },
    {
      key: 'pb-marasti-shade-benches',
      state: 'eligible',
      cityCostEur: 58_500,
      analysis: analysis(),
    },
    {
      key: 'albac-twin',
      twin: {
        of: 'pb-albac-raised-crossings',
        author: 'raluca-suciu',
        title: 'Treceri de pietoni ridicate lângă școala de pe strada Albac',
      },
      state: 'merged',
      mergedInto: 'pb-albac-raised-crossings',
      analysis: analysis(),
    },
    {
      key: 'pb-marasti-air-noise-sensors',
      state: 'ineligible',
      analysis: analysis({
        key: 'running_costs',
        note: 'Abonamentele de date și mentenanța senzorilor costă anual circa 9.000 de euro.',
      }),
      reason:
        'Rețeaua de senzori ar genera costuri anuale de funcționare semnificative (date mobile, calibrare, mentenanță), ceea ce criteriul 7 exclude.',
      appeal: {
        text: 'Senzorii pot transmite prin rețeaua LoRaWAN a primăriei, fără abonament; calibrarea o face gratuit Universitatea Tehnică.',
        state: 'pending',
      },
    },
    {
      key: 'pb-central-park-open-air-gallery',
      state: 'ineligible',
      analysis: analysis({
        key: 'no_other_funding',
        note: 'Galeria este deja finanțată prin programul cultural al municipiului pe 2026.',
      }),
      reason:
        'Galeria în aer liber din Parcul Central este deja finanțată prin programul cultural anual al municipiului.',
      appeal: {
        text: 'Programul cultural finanțează expoziții temporare, nu panouri permanente.',
        state: 'rejected',
        reason:
          'Programul cultural 2026 include explicit panourile permanente din Parcul Central (HCL 412/2025, anexa 3).',
      },
    },
    {
      key: 'pb-observatorului-solar-system-trail',
      state: 'eligible',
      cityCostEur: 52_000,
      analysis: analysis(),
      appeal: {
        text: 'Terenul aleii este domeniu public (extras CF 275391), nu al Universității.',
        state: 'upheld',
        reason:
          'Extrasul de carte funciară confirmă: terenul este în domeniul public al municipiului. Propunerea trece pe buletinul de vot.',
      },
    },
    {
      key: 'pb-traian-vuia-bus-stops',
      state: 'ineligible',
      analysis: analysis({
        key: 'no_conflict',
        note: 'Stațiile fac parte din proiectul de modernizare a liniei 5, în execuție.',
      }),
      reason:
        'Stațiile de pe strada Traian Vuia sunt incluse în proiectul de modernizare a liniei 5, aflat deja în execuție.',
    },
  ];
  for (const [i, s] of seeded.entries()) await seedProposal(tx, w, g, i + 1, s);
}

/** The youth edition: groups of three, a group proposal submitted, another being formed. */
async function seedYouthEdition(tx: Tx, w: DemoWorld, year: number) {
  const id = await seedProcess(tx, w, {
    key: 'comon',
    title: {
      ro: `Com'ON Cluj-Napoca ${year}`,
      en: `Com'ON Cluj-Napoca ${year}`,
      hu: `Com'ON Kolozsvár ${year}`,
    },
    description: {
      ro: 'Bugetarea participativă a tinerilor: grupuri de cel puțin trei tineri propun idei pentru oraș.',
      en: 'Participatory budgeting by young people: groups of at least three propose ideas for the city.',
      hu: 'A fiatalok részvételi költségvetése: legalább háromfős csoportok javasolnak ötleteket a városnak.',
    },
    state: 'submission',
    timeline: SUBMISSION,
    noProjects: true,
  });
  await tx.update(pbProcesses).set({ minAge: 14 }).where(eq(pbProcesses.id, id));
  await tx.insert(pbProposalRules).values({
    organisationId: w.organisationId,
    processId: id,
    perDomainLimit: 1,
    minGroupSize: 3,
    checklist: CLUJ_CRITERIA,
  });
  // Everyone in the demo's groups has declared living in the city.
  for (const key of ['sorin-chiorean', 'elena-boca', 'attila-nagy', 'raluca-suciu', 'tudor-hossu'])
    await tx.insert(pbParticipants).values({
      organisationId: w.organisationId,
      processId: id,
      userId: w.id('user', key),
      relation: key === 'attila-nagy' ? 'studies' : 'lives',
      birthYear: 2006,
      declaredAt: new Date(w.now.getTime() - 5 * DAY),
    });
  const submitted = await seedProposal(tx, w, 'comon', 1, {
    key: 'pb-grigorescu-inclusive-playground',
    state: 'submitted',
  });
  const draft = await seedProposal(tx, w, 'comon', 2, {
    key: 'pb-bucegi-path-lighting',
    state: 'draft',
  });
  const member = (proposalId: string, key: string, accepted: boolean) => ({
    organisationId: w.organisationId,
    processId: id,
    proposalId,
    userId: w.id('user', key),
    state: accepted ? ('accepted' as const) : ('invited' as const),
    invitedAt: new Date(w.now.getTime() - 4 * DAY),
    acceptedAt: accepted ? new Date(w.now.getTime() - 3 * DAY) : null,
  });
  await tx.insert(pbProposalMembers).values([
    member(submitted.id, 'raluca-suciu', true),
    member(submitted.id, 'elena-boca', true),
    member(draft.id, 'raluca-suciu', true),
    // The demo participant has an invitation waiting on his proposals page.
    member(draft.id, 'sorin-chiorean', false),
  ]);
}

/**
 * The proposals' side of participatory budgeting in the demo: a neighbourhood edition in its
 * appeals phase showing every state of the analysis, and Com'ON's youth edition taking group
 * proposals. The finished and the voting editions keep their projects (pb/seed.ts).
 */
export async function seedPbProposals(tx: Tx, w: DemoWorld) {
  const year = w.now.getUTCFullYear();
  await seedAppealsEdition(tx, w, year);
  await seedYouthEdition(tx, w, year);
  w.counts.pbProposalProcesses = 2;
}
