import { and, isNotNull, lt, or } from 'drizzle-orm';
import type { Job } from '../module.ts';
import { deleteExpiredSessions } from './sessions.ts';
import { emailTokens } from './schema.ts';

const HOUR = 3_600_000;

export const accountJobs: Job[] = [
  { name: 'accounts.expired_sessions', everyMs: HOUR, run: deleteExpiredSessions },
  {
    name: 'accounts.spent_email_tokens',
    everyMs: HOUR,
    run: (db, now) =>
      db
        .delete(emailTokens)
        .where(
          or(
            lt(emailTokens.expiresAt, now),
            and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, now)),
          ),
        ),
  },
];
