import { and, count, countDistinct, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { departments } from '../organisations/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { projectMembers, projects, savingsEntries } from './schema.ts';
import { chartMetric, readFilters, type Filters } from './dashboard-filters.ts';
import type { ClimateArea, Metric, ProjectState } from './states.ts';
import type { LocalizedText } from '../../i18n/localized.ts';

const total = sql<number>`coalesce(sum(${savingsEntries.measured}), 0)`.mapWith(Number);
const yearOf = (column: SQL | typeof savingsEntries.periodEnd) =>
  sql<number>`extract(year from ${column})::int`.mapWith(Number);

/** The projects the filters keep (call, category by key, department). */
export function projectScope(ctx: Ctx, f: Filters) {
  return and(
    eq(projects.organisationId, ctx.org.id),
    f.call ? eq(projects.callId, f.call) : undefined,
    f.department ? eq(projects.departmentId, f.department) : undefined,
    f.category
      ? inArray(
          projects.categoryId,
          ctx.db
            .select({ id: callCategories.id })
            .from(callCategories)
            .where(
              and(
                eq(callCategories.organisationId, ctx.org.id),
                eq(callCategories.key, f.category),
              ),
            ),
        )
      : undefined,
  );
}

/** Verified savings of the projects kept, in the year asked (by the end of their period). */
function savingsScope(ctx: Ctx, f: Filters, metric?: Metric) {
  return and(
    projectScope(ctx, f),
    isNotNull(savingsEntries.verifiedAt),
    metric ? eq(savingsEntries.metric, metric) : undefined,
    f.year
      ? sql`${savingsEntries.periodEnd} >= make_date(${f.year}, 1, 1) and ${savingsEntries.periodEnd} < make_date(${f.year + 1}, 1, 1)`
      : undefined,
  );
}

/** Verified savings per metric (custom metrics per unit): only signed-off entries count. */
export async function savingsTotals(ctx: Ctx, f: Filters) {
  return ctx.db
    .select({
      metric: savingsEntries.metric,
      customUnit: savingsEntries.customUnit,
      total,
      entries: count(),
    })
    .from(savingsEntries)
    .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
    .where(savingsScope(ctx, f))
    .groupBy(savingsEntries.metric, savingsEntries.customUnit)
    .orderBy(savingsEntries.metric, savingsEntries.customUnit);
}

/** One metric's verified savings by a dimension: department, call, category, year, month. */
async function savingsBy(ctx: Ctx, f: Filters, metric: Metric) {
  const where = savingsScope(ctx, f, metric);
  const [byDepartment, byCall, byCategory, byYear, byMonth] = await Promise.all([
    ctx.db
      .select({ key: departments.id, name: departments.name, value: total })
      .from(savingsEntries)
      .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
      .innerJoin(departments, eq(departments.id, projects.departmentId))
      .where(where)
      .groupBy(departments.id)
      .orderBy(sql`3 desc`, departments.key),
    ctx.db
      .select({ key: innovationCalls.id, name: innovationCalls.title, value: total })
      .from(savingsEntries)
      .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
      .innerJoin(innovationCalls, eq(innovationCalls.id, projects.callId))
      .where(where)
      .groupBy(innovationCalls.id)
      .orderBy(innovationCalls.opensAt),
    ctx.db
      .select({
        key: callCategories.key,
        name: sql<LocalizedText>`(array_agg(${callCategories.name}))[1]`,
        value: total,
      })
      .from(savingsEntries)
      .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
      .innerJoin(callCategories, eq(callCategories.id, projects.categoryId))
      .where(where)
      .groupBy(callCategories.key)
      .orderBy(callCategories.key),
    ctx.db
      .select({ year: yearOf(savingsEntries.periodEnd), value: total })
      .from(savingsEntries)
      .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
      .where(where)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    ctx.db
      .select({
        month: sql<string>`to_char(date_trunc('month', ${savingsEntries.periodEnd}), 'YYYY-MM')`,
        value: total,
      })
      .from(savingsEntries)
      .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
      .where(where)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
  ]);
  return { byDepartment, byCall, byCategory, byYear, byMonth };
}

/** Projects kept by the filters (the year: when they were made), by state. */
async function projectCounts(ctx: Ctx, f: Filters) {
  const where = and(
    projectScope(ctx, f),
    f.year
      ? sql`extract(year from ${projects.createdAt} at time zone 'UTC') = ${f.year}`
      : undefined,
  );
  const byState = await ctx.db
    .select({ state: projects.state, n: count() })
    .from(projects)
    .where(where)
    .groupBy(projects.state);
  const [depts] = await ctx.db
    .select({ n: countDistinct(projects.departmentId) })
    .from(projects)
    .where(where);
  const states = Object.fromEntries(byState.map((r) => [r.state, r.n])) as Partial<
    Record<ProjectState, number>
  >;
  return {
    projects: byState.reduce((s, r) => s + r.n, 0),
    implemented: states.implemented ?? 0,
    byState: states,
    departments: depts?.n ?? 0,
    where,
  };
}

/**
 * Proposals past the draft in the calls and categories kept (the year: when submitted), and
 * the people taking part: their authors and everyone leading or on a project kept.
 */
async function participation(ctx: Ctx, f: Filters, projectWhere: SQL | undefined) {
  const where = and(
    eq(proposals.organisationId, ctx.org.id),
    isNotNull(proposals.submittedAt),
    ne(proposals.state, 'withdrawn'),
    f.call ? eq(proposals.callId, f.call) : undefined,
    f.category ? eq(callCategories.key, f.category) : undefined,
    f.year
      ? sql`extract(year from ${proposals.submittedAt} at time zone 'UTC') = ${f.year}`
      : undefined,
  );
  const [row] = await ctx.db
    .select({ n: count() })
    .from(proposals)
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(where);
  const people = ctx.db
    .select({ id: proposals.authorId })
    .from(proposals)
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(where)
    .union(ctx.db.select({ id: projects.leadId }).from(projects).where(projectWhere))
    .union(
      ctx.db
        .select({ id: projectMembers.userId })
        .from(projectMembers)
        .innerJoin(projects, eq(projects.id, projectMembers.projectId))
        .where(projectWhere),
    )
    .as('people');
  const [participants] = await ctx.db.select({ n: count() }).from(people);
  return { proposals: row?.n ?? 0, participants: participants?.n ?? 0 };
}

/** CO₂e avoided (verified, kg) by area of the Climate Action Plan. */
async function climate(ctx: Ctx, f: Filters) {
  const rows = await ctx.db
    .select({ area: projects.climateArea, value: total })
    .from(savingsEntries)
    .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
    .where(and(savingsScope(ctx, f, 'co2e_kg'), isNotNull(projects.climateArea)))
    .groupBy(projects.climateArea)
    .orderBy(sql`2 desc`);
  return rows as { area: ClimateArea; value: number }[];
}

/** What the filters offer: the calls (published), categories, departments, years with data. */
async function filterOptions(ctx: Ctx) {
  const [calls, categories, depts, years] = await Promise.all([
    ctx.db
      .select({ id: innovationCalls.id, title: innovationCalls.title })
      .from(innovationCalls)
      .where(
        and(eq(innovationCalls.organisationId, ctx.org.id), ne(innovationCalls.state, 'draft')),
      )
      .orderBy(innovationCalls.opensAt),
    ctx.db
      .selectDistinctOn([callCategories.key], {
        key: callCategories.key,
        name: callCategories.name,
      })
      .from(callCategories)
      .where(eq(callCategories.organisationId, ctx.org.id))
      .orderBy(callCategories.key),
    ctx.db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.organisationId, ctx.org.id))
      .orderBy(departments.key),
    ctx.db
      .selectDistinct({ year: yearOf(savingsEntries.periodEnd) })
      .from(savingsEntries)
      .where(
        and(eq(savingsEntries.organisationId, ctx.org.id), isNotNull(savingsEntries.verifiedAt)),
      )
      .orderBy(sql`1 desc`),
  ]);
  return { calls, categories, departments: depts, years: years.map((y) => y.year) };
}

/** The public impact dashboard: every figure from verified savings and recorded delivery. */
export async function impactDashboard(ctx: Ctx, query: URLSearchParams | Record<string, unknown>) {
  authorize(ctx.actor, 'impact.read');
  const filters = readFilters(query);
  const totals = await savingsTotals(ctx, filters);
  const metric = chartMetric(
    filters,
    totals.map((t) => t.metric),
  );
  const counts = await projectCounts(ctx, filters);
  const [breakdown, people, co2e, options] = await Promise.all([
    savingsBy(ctx, filters, metric),
    participation(ctx, filters, counts.where),
    climate(ctx, filters),
    filterOptions(ctx),
  ]);
  const { where, ...projectFigures } = counts;
  void where; // the scope, not a figure
  return {
    filters,
    metric,
    totals,
    ...projectFigures,
    ...people,
    ...breakdown,
    climate: co2e,
    options,
  };
}

export type ImpactDashboard = Awaited<ReturnType<typeof impactDashboard>>;
