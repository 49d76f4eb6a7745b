import type { JobHandler, Schedule } from '../module.ts';
import { deleteOldWindows } from './rate-limit.ts';

export const rateLimitJobHandlers: Record<string, JobHandler> = {
  // The longest window is an hour; a day back is safely past every live one.
  'rate_limits.old_windows': (ctx) =>
    deleteOldWindows(ctx.db, new Date(ctx.now().getTime() - 86_400_000)),
};

export const rateLimitSchedules: Schedule[] = [
  { kind: 'rate_limits.old_windows', everyMinutes: 60 },
];
