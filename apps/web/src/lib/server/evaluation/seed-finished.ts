import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { callCategories, callCriteria } from '../calls/schema.ts';
import { DEFAULT_RUBRIC } from '../calls/rubric.ts';
import { proposals } from '../proposals/schema.ts';
import { figuresOf, participation } from './figures.ts';
import { callResults, evaluationAssignments, evaluationScores } from './schema.ts';

const DAY = 86_400_000;

/** The demo's evaluators: the demo evaluator, a colleague, and an external expert. */
export const EVALUATORS = ['mihaela-rus', 'radu-moldovan', 'dana-florea'] as const;

const COMMENTS: Record<string, string> = {
  impact: 'Economia estimată pare realistă pentru un an.',
  feasibility: 'Testul propus se poate face în trei luni.',
  innovation: 'Nu este nouă în alte orașe, dar este nouă la noi.',
  value: 'Costul este mic față de beneficiu.',
  scalability: 'Se poate extinde și la alte direcții.',
};

/** The first `count` criteria scored around `merit`, varying by criterion and evaluator. */
export function scoresFor(merit: number, evaluator: number, count = DEFAULT_RUBRIC.length) {
  return DEFAULT_RUBRIC.slice(0, count).map((c, i) => ({
    criterionKey: c.key,
    score: Math.min(5, Math.max(1, merit + ((i + evaluator) % 3) - 1)),
    comment: (i + evaluator) % 2 === 0 ? (COMMENTS[c.key] ?? '') : '',
  }));
}

export async function seedRubric(tx: Tx, organisationId: string, callId: string) {
  await tx
    .insert(callCriteria)
    .values(
      DEFAULT_RUBRIC.map((c, position) => ({
        organisationId,
        callId,
        key: c.key,
        name: c.name,
        description: c.description ?? null,
        weight: c.weight,
        levels: c.levels ?? [],
        position,
      })),
    )
    .onConflictDoNothing();
}

export async function seedAssignment(
  tx: Tx,
  w: DemoWorld,
  a: {
    proposalId: string;
    evaluator: string;
    conflictReason: string | null;
    scores: ReturnType<typeof scoresFor>;
  },
) {
  const complete = a.scores.length === DEFAULT_RUBRIC.length;
  const [row] = await tx
    .insert(evaluationAssignments)
    .values({
      organisationId: w.organisationId,
      proposalId: a.proposalId,
      evaluatorId: w.id('user', a.evaluator),
      assignedBy: w.id('user', 'andrei-muresan'),
      conflictDeclaredAt: a.conflictReason ? w.now : null,
      conflictReason: a.conflictReason,
      version: a.scores.length ? 1 : 0,
      scoredAt: complete ? w.now : null,
    })
    .returning({ id: evaluationAssignments.id });
  for (const s of a.scores)
    await tx.insert(evaluationScores).values({ assignmentId: row!.id, ...s });
}

/** Two ideas last year's committee did not select, with its reasons. */
const NOT_SELECTED = [
  {
    category: 'optimisation',
    author: 'lucian-todea',
    title: 'Tablete pentru rapoartele de teren ale Poliției Locale',
    problem: 'Rapoartele de teren se scriu de mână și se transcriu apoi la birou.',
    reason:
      'Costul tabletelor depășește mijloacele apelului; recomandăm un test cu telefoanele de serviciu existente.',
  },
  {
    category: 'communication',
    author: 'simona-barsan',
    title: 'Buletin intern tipărit, lunar',
    problem: 'Colegii din clădirile mici află târziu noutățile primăriei.',
    reason:
      'Ideea e bună, dar soluția adaugă hârtie; o reluăm ca buletin pe e-mail la ediția următoare.',
  },
];

/**
 * Last year's call, as the projects' seed made it (its selected proposals became projects):
 * every proposal evaluated by the three evaluators, two more not selected, results published.
 * The call is found through its categories (the projects' seed records those).
 */
export async function seedFinishedCall(tx: Tx, w: DemoWorld) {
  const [past] = await tx
    .select({ callId: callCategories.callId })
    .from(callCategories)
    .where(eq(callCategories.id, w.id('category', 'past:optimisation')));
  const callId = past!.callId;
  w.ids.set('call:finished', callId);
  await seedRubric(tx, w.organisationId, callId);
  const decidedAt = new Date(Date.UTC(w.now.getUTCFullYear() - 1, 0, 15));
  for (const p of NOT_SELECTED) {
    await tx.insert(proposals).values({
      organisationId: w.organisationId,
      callId,
      authorId: w.id('user', p.author),
      categoryId: w.id('category', `past:${p.category}`),
      title: p.title,
      problem: p.problem,
      solution: 'Vezi descrierea problemei.',
      state: 'not_selected',
      decisionJustification: p.reason,
      submittedAt: new Date(decidedAt.getTime() - 60 * DAY),
      decidedAt,
      clientToken: uuidv7(),
    });
  }
  const decided = await tx
    .select({ id: proposals.id, state: proposals.state })
    .from(proposals)
    .where(and(eq(proposals.callId, callId), eq(proposals.organisationId, w.organisationId)));
  for (const [e, evaluator] of EVALUATORS.entries()) {
    for (const [i, p] of decided.entries()) {
      const merit = p.state === 'selected' ? 4 + (i % 2) : 2 + (i % 2);
      await seedAssignment(tx, w, {
        proposalId: p.id,
        evaluator,
        conflictReason: null,
        scores: scoresFor(merit, e),
      });
    }
  }
  const categories = await tx
    .select({ key: callCategories.key })
    .from(callCategories)
    .where(eq(callCategories.callId, callId))
    .orderBy(callCategories.position);
  await tx.insert(callResults).values({
    organisationId: w.organisationId,
    callId,
    publishedAt: new Date(decidedAt.getTime() + 7 * DAY),
    publishedBy: w.id('user', 'andrei-muresan'),
    figures: figuresOf(await participation(tx, w.organisationId, callId), categories),
  });
}
