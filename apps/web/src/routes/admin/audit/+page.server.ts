import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { verifyChainNow } from '#lib/server/audit/verify-now.ts';
import { listAuditEntries } from '#lib/server/audit/queries.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { queryText } from '#lib/server/validation/fields.ts';

const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()))
  .optional()
  .catch(undefined);

/** Filters arrive in the URL: anything malformed is ignored, never an error page. */
const filters = z.object({
  action: queryText(100),
  resourceType: queryText(100),
  actor: queryText(254),
  from: dateOnly,
  to: dateOnly,
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const raw = Object.fromEntries(event.url.searchParams);
    const f = filters.parse(raw);
    const to = f.to ? new Date(f.to.getTime() + 86_400_000) : undefined;
    const result = await listAuditEntries(ctx, {
      action: f.action || undefined,
      resourceType: f.resourceType || undefined,
      actorEmail: f.actor || undefined,
      from: f.from,
      to,
      page: f.page,
    });
    return {
      ...result,
      filters: {
        action: f.action ?? '',
        resourceType: f.resourceType ?? '',
        actor: f.actor ?? '',
        from: typeof raw.from === 'string' && f.from ? raw.from : '',
        to: typeof raw.to === 'string' && f.to ? raw.to : '',
      },
    };
  });

export const actions: Actions = {
  /** The same check as `npm run audit:verify`, from the running installation. */
  verify: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const result = await perform(event, {}, (ctx) => verifyChainNow(ctx));
    if (!('done' in result)) return result;
    return { verification: result.value };
  },
};
