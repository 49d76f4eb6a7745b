import type { Job } from '../module.ts';
import { deleteOldWindows } from './rate-limit.ts';

export const rateLimitJobs: Job[] = [
  {
    name: 'rate_limits.old_windows',
    everyMs: 3_600_000,
    // The longest window is an hour; a day back is safely past every live one.
    run: (db, now) => deleteOldWindows(db, new Date(now.getTime() - 86_400_000)),
  },
];
