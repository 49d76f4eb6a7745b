import type { Rational } from './rational.js';

/**
 * Where a count of the Method of Equal Shares is: the add1 steps gone through, the MES runs
 * made, the per-voter budget of the run under way and the rounds it has finished (a round buys
 * one project). Plain MES is one step and one run.
 */
export interface CountProgress {
  readonly steps: number;
  readonly evaluated: number;
  readonly perVoter: Rational;
  readonly round: number;
}

/**
 * Thrown when a count's `signal` is aborted: the reason the caller gave is its `cause` (and its
 * message, when the reason is an Error), so that a caller can tell a cancelled count from a
 * failed one with `instanceof` rather than by reading messages.
 */
export class AbortError extends Error {
  override readonly name = 'AbortError';
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : 'the count was aborted', { cause: reason });
  }
}

/** Throws AbortError once the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError(signal.reason);
}

/**
 * A count is synchronous, so the signal can only be aborted by code that runs during it: the
 * progress callback (a deadline, a flag another thread sets in shared memory), or before it
 * starts. The count checks it before every run and after every round, and reports progress at
 * the same points, so that cancelling takes effect within one round.
 */
export class CountWatch {
  private steps = 0;
  private evaluated = 0;
  private perVoter: Rational | null = null;

  constructor(
    private readonly onProgress: ((p: CountProgress) => void) | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** A MES run is about to start at `perVoter`, as the `evaluated`-th of `steps` steps. */
  run(perVoter: Rational, steps: number, evaluated: number): void {
    this.perVoter = perVoter;
    this.steps = steps;
    this.evaluated = evaluated;
    this.round(0);
  }

  /** The run under way has finished `round` rounds. */
  round(round: number): void {
    throwIfAborted(this.signal);
    this.onProgress?.({
      steps: this.steps,
      evaluated: this.evaluated,
      perVoter: this.perVoter!,
      round,
    });
    throwIfAborted(this.signal); // aborted by the callback itself: stop now, not a round later
  }
}

/** A watch when there is something to watch for, else null (a plain count pays nothing). */
export function countWatch(
  onProgress: ((p: CountProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): CountWatch | null {
  return onProgress || signal ? new CountWatch(onProgress, signal) : null;
}
