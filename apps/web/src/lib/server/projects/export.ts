import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { departments } from '../organisations/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { localizedText } from '../../i18n/localized.ts';
import type { Locale } from '../../i18n/locales.ts';
import { projects, savingsEntries } from './schema.ts';
import { readFilters } from './dashboard-filters.ts';
import { projectScope } from './dashboard.ts';
import { METRICS } from './states.ts';
import { toCsv } from './csv.ts';

const STANDARD = METRICS.filter((m) => m !== 'custom');

/**
 * The projects the dashboard's filters keep, one row each with its verified savings per metric
 * (the year filter applies to the dashboard's figures, not to this list of projects).
 */
export async function projectRows(ctx: Ctx, query: URLSearchParams | Record<string, unknown>) {
  authorize(ctx.actor, 'impact.read');
  const filters = readFilters(query);
  // Each project's verified savings per metric, summed once for all projects (one pass).
  const sums = ctx.db
    .select({
      projectId: savingsEntries.projectId,
      ...Object.fromEntries(
        STANDARD.map((m) => [
          m,
          sql<number>`sum(${savingsEntries.measured}) filter (where ${savingsEntries.metric} = ${m})`.as(
            m,
          ),
        ]),
      ),
    })
    .from(savingsEntries)
    .where(and(eq(savingsEntries.organisationId, ctx.org.id), isNotNull(savingsEntries.verifiedAt)))
    .groupBy(savingsEntries.projectId)
    .as('sums');
  const column = (m: string) =>
    sql<number>`coalesce(${sql.identifier('sums')}.${sql.identifier(m)}, 0)`.mapWith(Number);
  return ctx.db
    .select({
      id: projects.id,
      title: projects.title,
      state: projects.state,
      department: departments.name,
      call: innovationCalls.title,
      category: callCategories.name,
      categoryKey: callCategories.key,
      climateArea: projects.climateArea,
      createdAt: projects.createdAt,
      implementedAt: projects.implementedAt,
      ...Object.fromEntries(STANDARD.map((m) => [m, column(m)])),
    } as const)
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .leftJoin(innovationCalls, eq(innovationCalls.id, projects.callId))
    .leftJoin(callCategories, eq(callCategories.id, projects.categoryId))
    .leftJoin(sums, eq(sql`${sql.identifier('sums')}.project_id`, projects.id))
    .where(projectScope(ctx, filters))
    .orderBy(desc(projects.createdAt), desc(projects.id));
}

/** The projects as CSV, names in the reader's language. */
export async function projectsCsv(ctx: Ctx, query: URLSearchParams, locale: Locale) {
  const rows = (await projectRows(ctx, query)) as unknown as Record<string, unknown>[];
  const name = (v: unknown) => (v ? localizedText(locale, v as never) : '');
  return toCsv(
    [
      'id',
      'title',
      'state',
      'department',
      'call',
      'category',
      'climate_area',
      'created_at',
      'implemented_at',
      ...STANDARD.map((m) => `verified_${m}`),
    ],
    rows.map((r) => [
      r.id as string,
      r.title as string,
      r.state as string,
      name(r.department),
      name(r.call),
      name(r.category),
      (r.climateArea as string | null) ?? '',
      (r.createdAt as Date).toISOString(),
      (r.implementedAt as Date | null)?.toISOString() ?? '',
      ...STANDARD.map((m) => r[m] as number),
    ]),
  );
}
