import { hasRole, type Actor } from '../context.ts';
import type { InnovationCall } from '../calls/schema.ts';
import type { Proposal } from '../proposals/schema.ts';
import type { Rule } from '../permissions/rule.ts';
import type { CallResult, EvaluationAssignment } from './schema.ts';
import { isBlind } from '../calls/rubric.ts';

/** An assignment with what the rules look at: its proposal's state and its call. */
export interface Assigned {
  assignment: EvaluationAssignment;
  proposal: Pick<Proposal, 'state'>;
  call: InnovationCall;
}

/** Evaluators work while the proposal is in evaluation; afterwards their scores are kept as they are. */
export const EVALUATION_OPEN = 'in_evaluation';

const runsEvaluation = (actor: Actor | null) => hasRole(actor, 'admin');

/** The evaluator themself, still holding the evaluator role in this organisation. */
const ownAssignment = (actor: Actor | null, a: EvaluationAssignment) =>
  !!actor && actor.userId === a.evaluatorId && hasRole(actor, 'evaluator');

export const evaluationRules = {
  /** The evaluation administration index (the admin tool). */
  'evaluation.administer': ((actor) => runsEvaluation(actor)) as Rule,
  /** Assigning evaluators, following progress, the ranking and its export, of a published call. */
  'evaluation.manage': ((actor, call) =>
    runsEvaluation(actor) && call.state !== 'draft') as Rule<InnovationCall>,
  /** An evaluator's own list of assignments. */
  'evaluation.evaluate': ((actor) => hasRole(actor, 'evaluator')) as Rule,
  /** Reading one's own assignment: the proposal without its authors, one's own scores. */
  'evaluation.read_assignment': ((actor, r) =>
    ownAssignment(actor, r.assignment)) as Rule<Assigned>,
  /** Scoring: one's own assignment, not conflicted, while the proposal is in evaluation. */
  'evaluation.score': ((actor, r) =>
    ownAssignment(actor, r.assignment) &&
    r.assignment.scorable &&
    r.proposal.state === EVALUATION_OPEN) as Rule<Assigned>,
  /** Declaring a conflict of interest: one's own, once, while the proposal is in evaluation. */
  'evaluation.declare_conflict': ((actor, r) =>
    ownAssignment(actor, r.assignment) &&
    r.assignment.conflictDeclaredAt === null &&
    r.proposal.state === EVALUATION_OPEN) as Rule<Assigned>,
  /**
   * Whether pages outside the jury's own show a proposal's authors: not to evaluators in a blind
   * call (an evaluator who also moderates or administers is never assigned to one).
   */
  'evaluation.sees_authors': ((actor, call) =>
    !isBlind(call) ||
    !hasRole(actor, 'evaluator') ||
    hasRole(actor, 'admin', 'moderator')) as Rule<InnovationCall>,
  /** The call dashboard: submissions over time, by category and department; progress. */
  'dashboard.read': ((actor, call) =>
    runsEvaluation(actor) && call.state !== 'draft') as Rule<InnovationCall>,
  /** Publishing a call's results (once). */
  'results.publish': ((actor, call) =>
    runsEvaluation(actor) && call.state !== 'draft') as Rule<InnovationCall>,
  /** Published results are public: anyone, signed in or not, may read them. */
  'results.read': ((_actor, result) => result !== null) as Rule<CallResult | null>,
};
