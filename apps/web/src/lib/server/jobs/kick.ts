/**
 * The running worker's "look now" (set by the worker; nothing in tests or command-line tools).
 * A job queued to run at once is picked up right after its transaction commits instead of at
 * the next poll.
 */
let kick: (() => void) | null = null;

export const setJobKick = (fn: (() => void) | null) => {
  kick = fn;
};

export const kickJobs = () => kick?.();
