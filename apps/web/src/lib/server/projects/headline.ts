import { count, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { savingsTotals } from './dashboard.ts';
import { projects } from './schema.ts';
import { METRICS } from './states.ts';

/** How many metrics the home page names: the largest verified figures, money first. */
const SHOWN = 3;

/**
 * The impact dashboard's headline, for the home page: projects and how many are implemented,
 * and the verified savings of the first metrics (money, staff hours, CO₂e…). Two grouped
 * queries on the organisation's indexed rows, never the dashboard's breakdowns.
 */
export async function impactHeadline(ctx: Ctx) {
  authorize(ctx.actor, 'impact.read');
  const [totals, [row]] = await Promise.all([
    savingsTotals(ctx, {}),
    ctx.db
      .select({
        projects: count(),
        implemented: sql<number>`count(*) filter (where ${projects.state} = 'implemented')`.mapWith(
          Number,
        ),
      })
      .from(projects)
      .where(eq(projects.organisationId, ctx.org.id)),
  ]);
  return {
    projects: row?.projects ?? 0,
    implemented: row?.implemented ?? 0,
    savings: totals
      .filter((t) => t.total > 0 && t.metric !== 'custom')
      .sort((a, b) => METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric))
      .slice(0, SHOWN),
  };
}
