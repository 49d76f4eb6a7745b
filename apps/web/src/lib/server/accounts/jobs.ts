import { and, isNotNull, lt, or } from 'drizzle-orm';
import type { JobHandler, Schedule } from '../module.ts';
import { deleteExpiredSessions } from './sessions.ts';
import { emailTokens } from './schema.ts';

/** House-keeping: expired sessions and spent or expired one-time links go. */
export const accountJobHandlers: Record<string, JobHandler> = {
  'accounts.expired_sessions': (ctx) => deleteExpiredSessions(ctx.db, ctx.now()),
  'accounts.spent_email_tokens': (ctx) => {
    const now = ctx.now();
    return ctx.db
      .delete(emailTokens)
      .where(
        or(
          lt(emailTokens.expiresAt, now),
          and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, now)),
        ),
      );
  },
};

export const accountSchedules: Schedule[] = [
  { kind: 'accounts.expired_sessions', everyMinutes: 60 },
  { kind: 'accounts.spent_email_tokens', everyMinutes: 60 },
];
