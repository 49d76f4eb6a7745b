import { and, isNotNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { log } from '../log.ts';
import { deleteExpiredSessions } from '../accounts/sessions.ts';
import { emailTokens } from '../accounts/schema.ts';
import { deleteOldWindows } from '../rate-limits/rate-limit.ts';

/** Removes what has expired: sessions, used or expired e-mail tokens, old rate-limit windows. */
export async function houseKeeping(db: Db, now: Date) {
  await deleteExpiredSessions(db, now);
  await db
    .delete(emailTokens)
    .where(
      or(
        lt(emailTokens.expiresAt, now),
        and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, now)),
      ),
    );
  // The longest window is an hour; a day back is safely past every live one.
  await deleteOldWindows(db, new Date(now.getTime() - 86_400_000));
}

/** Runs house-keeping hourly. Idempotent deletes: several processes doing it at once is harmless. */
export function startHouseKeeping(db: Db, intervalMs = 3_600_000) {
  const run = () =>
    houseKeeping(db, new Date()).catch((error: unknown) =>
      log.error({ err: error }, 'house-keeping failed'),
    );
  const timer = setInterval(run, intervalMs);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
