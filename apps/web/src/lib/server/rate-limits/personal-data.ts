import { like, or } from 'drizzle-orm';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { escapeLike } from '../lists/paging.ts';
import { rateLimits } from './schema.ts';

/**
 * Counters keyed by the person (`…:email:<address>`, `…:user:<id>`, whoever counts them):
 * nothing worth exporting, removed with the account.
 */
async function eraseCounters(ctx: TxCtx, user: User) {
  const gone = await ctx.db
    .delete(rateLimits)
    .where(
      or(
        like(rateLimits.key, `%:email:${escapeLike(user.email.toLowerCase())}`),
        like(rateLimits.key, `%:user:${user.id}`),
      ),
    )
    .returning({ key: rateLimits.key });
  return { rateLimitCountersDeleted: gone.length };
}

export const rateLimitsPersonalData = { erase: eraseCounters } satisfies PersonalDataPart;
