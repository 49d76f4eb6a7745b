import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import {
  EVALUATORS,
  scoresFor,
  seedAssignment,
  seedFinishedCall,
  seedRubric,
} from './seed-finished.ts';

const DAY = 86_400_000;

/**
 * The demo proposals the blind call takes from the demo data, by their status. The open call's
 * seed leaves them out: the same title there, with its author, would name them.
 */
export const JURY_STAGES: Record<string, 'evaluation'> = { in_evaluation: 'evaluation' };

/**
 * The jury's part of the demo: a blind call in evaluation — the demo evaluator and two more
 * assigned to each proposal, one conflict declared, some scores in, some still to give — and
 * last year's call (the projects module's), evaluated and decided, its results published. It
 * runs after the projects' seed, whose selected proposals come from that call.
 */
export async function seedEvaluation(tx: Tx, w: DemoWorld) {
  const evaluation = await seedCall(tx, w, {
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
  const inEvaluation = await seedProposals(tx, w, evaluation);
  for (const [e, evaluator] of EVALUATORS.entries()) {
    for (const p of inEvaluation) {
      // A colleague of the author's, once: the conflict the demo shows.
      const conflicted = evaluator === 'radu-moldovan' && p.key === 'qr-codes-tax-notices';
      await seedAssignment(tx, w, {
        proposalId: p.id,
        evaluator,
        conflictReason: conflicted
          ? 'Am lucrat în același serviciu cu autorul până anul trecut.'
          : null,
        scores: conflicted ? [] : scoresFor(MERIT[p.key] ?? 3, e, scoredCriteria(evaluator, p.key)),
      });
    }
  }
  await seedFinishedCall(tx, w);
  w.counts.evaluationCalls = 2;
}

type SeededCall = { id: string; closesAt: Date; categories: { key: string; id: string }[] };

async function seedCall(
  tx: Tx,
  w: DemoWorld,
  fields: Pick<
    typeof innovationCalls.$inferInsert,
    'title' | 'description' | 'opensAt' | 'closesAt'
  >,
): Promise<SeededCall> {
  const id = uuidv7();
  w.ids.set('call:evaluation', id);
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
  await seedRubric(tx, w.organisationId, id);
  return { id, closesAt: fields.closesAt!, categories };
}

async function seedProposals(tx: Tx, w: DemoWorld, call: SeededCall) {
  const list = w.data.proposals.filter((p) => JURY_STAGES[p.status] === 'evaluation');
  const made = [];
  for (const [i, p] of list.entries()) {
    const at = new Date(call.closesAt.getTime() - (list.length - i) * 5 * DAY);
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
        state: 'in_evaluation',
        submittedAt: at,
        reviewedAt: new Date(at.getTime() + 3 * DAY),
        clientToken: uuidv7(),
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: proposals.id });
    // The co-authors' seed finds the blind call's team proposals by this (co-authors/seed.ts).
    w.ids.set(`proposal:evaluation:${p.key}`, row!.id);
    made.push({ id: row!.id, key: p.key });
  }
  return made;
}

/** How good each demo proposal is, on the whole: the scores vary around it. */
const MERIT: Record<string, number> = {
  'lighting-sensors': 4,
  'qr-codes-tax-notices': 3,
  'electronic-registry': 4,
};

/**
 * How many criteria each evaluator has scored in the blind call: half done — the demo
 * evaluator has one to finish and one to start.
 */
function scoredCriteria(evaluator: string, proposal: string) {
  const plan: Record<string, Record<string, number>> = {
    'mihaela-rus': { 'electronic-registry': 5, 'lighting-sensors': 1 },
    'radu-moldovan': { 'lighting-sensors': 5 },
    'dana-florea': { 'electronic-registry': 5, 'lighting-sensors': 5, 'qr-codes-tax-notices': 5 },
  };
  return plan[evaluator]?.[proposal] ?? 0;
}
