import { desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { departments } from '../organisations/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { localizedText } from '../../i18n/localized.ts';
import type { Locale } from '../../i18n/locales.ts';
import { projects } from './schema.ts';
import { readFilters } from './dashboard-filters.ts';
import { projectScope } from './dashboard.ts';
import { METRICS } from './states.ts';
import { toCsv } from './csv.ts';

const STANDARD = METRICS.filter((m) => m !== 'custom');

/** Verified savings of one metric for the project of the row (0 when none). */
const verifiedSum = (metric: string) =>
  sql<number>`coalesce((select sum(s.measured) from savings_entries s where s.project_id = ${projects.id} and s.verified_at is not null and s.metric = ${metric}), 0)`.mapWith(
    Number,
  );

/**
 * The projects the dashboard's filters keep, one row each with its verified savings per metric
 * (the year filter applies to the dashboard's figures, not to this list of projects).
 */
export async function projectRows(ctx: Ctx, query: URLSearchParams | Record<string, unknown>) {
  authorize(ctx.actor, 'impact.read');
  const filters = readFilters(query);
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
      ...Object.fromEntries(STANDARD.map((m) => [m, verifiedSum(m)])),
    } as const)
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .leftJoin(innovationCalls, eq(innovationCalls.id, projects.callId))
    .leftJoin(callCategories, eq(callCategories.id, projects.categoryId))
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
