/**
 * The phases a participatory-budgeting process can go through, in their only order. A process
 * picks the ones it uses (appeals are optional; information too) and gives each a start date.
 */
export const PHASES = [
  'information',
  'submission',
  'analysis',
  'appeals',
  'voting',
  'validation',
  'results',
  'implementation',
] as const;
export type Phase = (typeof PHASES)[number];

/** Where a process is: not yet published, or in one of its phases. */
export const PROCESS_STATES = ['draft', ...PHASES] as const;
export type ProcessState = (typeof PROCESS_STATES)[number];

/** Phases every process has: without them there is nothing to vote on or to count. */
export const REQUIRED_PHASES: readonly Phase[] = ['voting', 'validation', 'results'];

export const phaseIndex = (s: ProcessState) => PROCESS_STATES.indexOf(s);

/** The states before a phase: where a move to it may start from. */
export const statesBefore = (p: Phase): ProcessState[] =>
  PROCESS_STATES.slice(0, phaseIndex(p)) as ProcessState[];

/** The phase after `current` among the ones this process uses, or null at the end. */
export function nextPhase(current: ProcessState, used: readonly Phase[]): Phase | null {
  return PHASES.find((p) => used.includes(p) && phaseIndex(p) > phaseIndex(current)) ?? null;
}

/** Ballot rules and counting are fixed from the moment voting opens (voting or any later phase). */
export const votingHasOpened = (s: ProcessState) => phaseIndex(s) >= phaseIndex('voting');
