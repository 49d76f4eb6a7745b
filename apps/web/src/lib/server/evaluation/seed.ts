import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { callCategories, callCriteria, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import type { ProposalState } from '../proposals/states.ts';
import { figuresOf, participation } from './figures.ts';
import { DEFAULT_RUBRIC } from '../calls/rubric.ts';
import { callResults, evaluationAssignments, evaluationScores } from './schema.ts';

const DAY = 86_400_000;

/**
 * The demo proposals each stage takes from the demo data by their status. Those in evaluation
 * are only in the blind call (the open call's seed leaves them out: the same title there, with
 * its author, would name them); last year's decided ones also stay in the open call's list,
 * where the other tests look for them.
 */
export const JURY_STAGES: Record<string, 'evaluation' | 'finished'> = {
  in_evaluation: 'evaluation',
  selected: 'finished',
  not_selected: 'finished',
};

const EVALUATORS = ['mihaela-rus', 'radu-moldovan', 'dana-florea'] as const;

/** Why the committee decided as it did (the demo data holds the proposals, not the reasons). */
const JUSTIFICATIONS: Record<string, string> = {
  'digital-payslip':
    'Economie clară de timp și hârtie, cu un MVP de două luni pe care îl putem măsura. Toți evaluatorii l-au pus pe primul loc.',
  'reusable-mugs':
    'Cost mic, rezultat vizibil imediat în toate clădirile; un bun exemplu pentru celelalte direcții.',
  'online-appointments':
    'Reduce cozile la ghișeu și se poate testa cu instrumentele pe care le avem deja.',
  'online-tax-certificate':
    'Idee valoroasă, dar depinde de o integrare cu sistemul național care nu se poate face în trei luni. O reluăm la ediția următoare.',
  'field-report-tablets':
    'Costul tabletelor depășește mijloacele apelului; recomandăm un test cu telefoanele de serviciu existente.',
};

/**
 * The jury's part of the demo: a blind call in evaluation — the demo evaluator and two more
 * assigned to each proposal, one conflict declared, some scores in, some still to give — and
 * last year's call, decided, with its results published. Each call has its own proposals from
 * the demo data (by their status), so every stage can be seen by signing in as each role.
 */
export async function seedEvaluation(tx: Tx, w: DemoWorld) {
  const evaluation = await seedCall(tx, w, 'evaluation', {
    title: {
      ro: 'Primăria fără hârtie 2026',
      en: 'Paperless City Hall 2026',
      hu: 'Papírmentes városháza 2026',
    },
    description: {
      ro: 'Apel tematic: idei care scot hârtia din circuitul intern al primăriei. Evaluarea este anonimă.',
      en: 'A themed call: ideas that take paper out of city hall’s internal work. The evaluation is blind.',
      hu: 'Tematikus pályázat: ötletek, amelyek kiveszik a papírt a városháza belső munkájából. Az értékelés anonim.',
    },
    opensAt: new Date(w.now.getTime() - 120 * DAY),
    closesAt: new Date(w.now.getTime() - 30 * DAY),
  });
  const finished = await seedCall(tx, w, 'finished', {
    title: { ro: 'Innovato-R 2025', en: 'Innovato-R 2025', hu: 'Innovato-R 2025' },
    description: {
      ro: 'Ediția de anul trecut a concursului intern de idei. Rezultatele sunt publicate.',
      en: 'Last year’s edition of the internal idea contest. Its results are published.',
      hu: 'A belső ötletpályázat tavalyi kiírása. Az eredmények nyilvánosak.',
    },
    opensAt: new Date(Date.UTC(w.now.getUTCFullYear() - 1, 1, 1, 8)),
    closesAt: new Date(Date.UTC(w.now.getUTCFullYear() - 1, 3, 30, 20, 59)),
  });
  const inEvaluation = await seedProposals(tx, w, evaluation);
  const decided = await seedProposals(tx, w, finished);
  await seedJury(tx, w, inEvaluation, 'evaluation');
  await seedJury(tx, w, decided, 'finished');
  await tx.insert(callResults).values({
    organisationId: w.organisationId,
    callId: finished.id,
    publishedAt: new Date(finished.closesAt.getTime() + 45 * DAY),
    publishedBy: w.id('user', 'andrei-muresan'),
    figures: figuresOf(await participation(tx, w.organisationId, finished.id), finished.categories),
  });
  w.counts.evaluationCalls = 2;
}

type SeededCall = { id: string; closesAt: Date; categories: { key: string; id: string }[] };

async function seedCall(
  tx: Tx,
  w: DemoWorld,
  key: 'evaluation' | 'finished',
  fields: Pick<
    typeof innovationCalls.$inferInsert,
    'title' | 'description' | 'opensAt' | 'closesAt'
  >,
): Promise<SeededCall> {
  const id = uuidv7();
  w.ids.set(`call:${key}`, id);
  await tx.insert(innovationCalls).values({
    id,
    organisationId: w.organisationId,
    audience: 'internal',
    state: 'closed',
    anonymousToJury: true,
    createdBy: w.id('user', 'andrei-muresan'),
    ...fields,
    closesAt: fields.closesAt!,
    opensAt: fields.opensAt!,
  });
  const categories = [];
  for (const [position, cat] of w.data.innovationCall.categories.entries()) {
    const categoryId = uuidv7();
    await tx.insert(callCategories).values({
      id: categoryId,
      organisationId: w.organisationId,
      callId: id,
      key: cat.key,
      name: cat.name,
      position,
    });
    categories.push({ key: cat.key, id: categoryId });
  }
  await tx.insert(callCriteria).values(
    DEFAULT_RUBRIC.map((c, position) => ({
      organisationId: w.organisationId,
      callId: id,
      key: c.key,
      name: c.name,
      description: c.description ?? null,
      weight: c.weight,
      levels: c.levels ?? [],
      position,
    })),
  );
  return { id, closesAt: fields.closesAt!, categories };
}

async function seedProposals(tx: Tx, w: DemoWorld, call: SeededCall) {
  const stage = w.ids.get('call:evaluation') === call.id ? 'evaluation' : 'finished';
  const list = w.data.proposals.filter((p) => JURY_STAGES[p.status] === stage);
  const made = [];
  for (const [i, p] of list.entries()) {
    const at = new Date(call.closesAt.getTime() - (list.length - i) * 5 * DAY);
    const state = p.status as ProposalState;
    const decidedAt = stage === 'finished' ? new Date(call.closesAt.getTime() + 40 * DAY) : null;
    const [row] = await tx
      .insert(proposals)
      .values({
        organisationId: w.organisationId,
        callId: call.id,
        authorId: w.id('user', p.authorKeys[0]!),
        categoryId: call.categories.find((c) => c.key === p.category)!.id,
        title: p.title.ro,
        problem: p.problem.ro,
        solution: p.solution.ro,
        state,
        submittedAt: at,
        reviewedAt: new Date(at.getTime() + 3 * DAY),
        decidedAt,
        decisionJustification: decidedAt ? (JUSTIFICATIONS[p.key] ?? null) : null,
        clientToken: uuidv7(),
        createdAt: at,
        updatedAt: decidedAt ?? at,
      })
      .returning({ id: proposals.id });
    made.push({ id: row!.id, key: p.key });
  }
  return made;
}

/** How good each demo proposal is, on the whole: the scores vary around it. */
const MERIT: Record<string, number> = {
  'digital-payslip': 5,
  'reusable-mugs': 4,
  'online-appointments': 4,
  'online-tax-certificate': 3,
  'field-report-tablets': 2,
  'lighting-sensors': 4,
  'qr-codes-tax-notices': 3,
  'electronic-registry': 4,
};

const COMMENTS: Record<string, string> = {
  impact: 'Economia estimată pare realistă pentru un an.',
  feasibility: 'Testul propus se poate face în trei luni.',
  innovation: 'Nu este nouă în alte orașe, dar este nouă la noi.',
  value: 'Costul este mic față de beneficiu.',
  scalability: 'Se poate extinde și la alte direcții.',
};

/**
 * Which (evaluator, proposal) pairs have scores in the demo, and how many criteria: the call in
 * evaluation is half done — the demo evaluator has one to finish and one to start.
 */
function scoredCriteria(stage: 'evaluation' | 'finished', evaluator: string, proposal: string) {
  if (stage === 'finished') return DEFAULT_RUBRIC.length;
  const plan: Record<string, Record<string, number>> = {
    'mihaela-rus': { 'electronic-registry': 5, 'lighting-sensors': 1 },
    'radu-moldovan': { 'lighting-sensors': 5 },
    'dana-florea': { 'electronic-registry': 5, 'lighting-sensors': 5, 'qr-codes-tax-notices': 5 },
  };
  return plan[evaluator]?.[proposal] ?? 0;
}

async function seedJury(
  tx: Tx,
  w: DemoWorld,
  list: { id: string; key: string }[],
  stage: 'evaluation' | 'finished',
) {
  for (const [e, evaluator] of EVALUATORS.entries()) {
    for (const p of list) {
      // A colleague of the author's, once: the conflict the demo shows.
      const conflicted =
        stage === 'evaluation' && evaluator === 'radu-moldovan' && p.key === 'qr-codes-tax-notices';
      const criteria = conflicted ? 0 : scoredCriteria(stage, evaluator, p.key);
      const [a] = await tx
        .insert(evaluationAssignments)
        .values({
          organisationId: w.organisationId,
          proposalId: p.id,
          evaluatorId: w.id('user', evaluator),
          assignedBy: w.id('user', 'andrei-muresan'),
          conflictDeclaredAt: conflicted ? w.now : null,
          conflictReason: conflicted
            ? 'Am lucrat în același serviciu cu autorul până anul trecut.'
            : null,
          version: criteria ? 1 : 0,
          scoredAt: criteria === DEFAULT_RUBRIC.length ? w.now : null,
        })
        .returning({ id: evaluationAssignments.id });
      for (const [c, criterion] of DEFAULT_RUBRIC.slice(0, criteria).entries()) {
        const score = Math.min(5, Math.max(1, (MERIT[p.key] ?? 3) + ((c + e) % 3) - 1));
        await tx.insert(evaluationScores).values({
          assignmentId: a!.id,
          criterionKey: criterion.key,
          score,
          comment: (c + e) % 2 === 0 ? (COMMENTS[criterion.key] ?? '') : '',
        });
      }
    }
  }
}
