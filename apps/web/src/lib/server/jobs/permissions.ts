import { hasRole } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';
import type { JobState } from './schema.ts';

export const jobRules = {
  /** The organisation's background jobs (queued, failed, dead…), on /admin/jobs. */
  'jobs.read': ((actor) => hasRole(actor, 'admin')) as Rule,
  /** Another go for a job that gave up (dead) or waits for its retry (failed). */
  'jobs.retry': ((actor, job) =>
    hasRole(actor, 'admin') && (job.state === 'dead' || job.state === 'failed')) as Rule<{
    state: JobState;
  }>,
};
