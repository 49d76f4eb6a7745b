export { Rational } from './rational.js';
export {
  type Election,
  type Project,
  type Voter,
  type VoteType,
  VOTE_TYPES,
  WITHDRAWN_COST,
  createElection,
  projectById,
} from './election.js';
export { type Ballots } from './ballots.js';
export { PbParseError, parsePb, writePb } from './pbfile.js';
export { profileOf, type Profile, type BallotGroup } from './profile.js';
export {
  type TieBreaking,
  type TieCriterion,
  TieError,
  PABUTOOLS_TIES,
  breakTie,
  compareIds,
} from './tiebreak.js';
export type * from './outcome.js';
export { greedy, metaThreshold, type GreedyOptions } from './rules/greedy.js';
export {
  mes,
  defaultUtility,
  eligibleProjects,
  preferenceCount,
  type MesOptions,
  type Completion,
  type Eligibility,
} from './rules/mes.js';
export { type Utility } from './rules/mes-core.js';
export { PAYMENTS_LISTED, type ExplanationDetail } from './rules/mes-payments.js';
export { AbortError, type CountProgress } from './progress.js';
export { phragmen, type PhragmenOptions } from './rules/phragmen.js';
export { maximinSupport, minMaxLoad, type MaximinOptions } from './rules/maximin.js';
export { cluj, type ClujOptions } from './rules/cluj.js';
export { greedyEnvelopes, envelopesFromMeta, type EnvelopeOptions } from './rules/envelopes.js';
export { explainText, outcomeText, type TextOptions } from './explain.js';
export {
  statistics,
  compareOutcomes,
  type OutcomeStatistics,
  type OutcomeComparison,
} from './stats.js';
export {
  count,
  RULE_NAMES,
  isRuleName,
  type RuleName,
  type CountOptions,
} from './rules/registry.js';
export { checkElection, type CheckReport, type CheckIssue, type RuleCheck } from './check.js';
