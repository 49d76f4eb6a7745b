import { and, eq, inArray, isNull, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { JobCtx, TxCtx } from '../module.ts';
import { orgCtx } from '../jobs/org-ctx.ts';
import { notify } from '../notifications/notify.ts';
import { projectMembers, projectMilestones, projects, savingsEntries } from './schema.ts';
import type { Recurrence } from './states.ts';

/** Today's date in the organisation's time zone (milestones are due on calendar days). */
export const todayIn = (timeZone: string, now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);

const MONTHS: Record<Exclude<Recurrence, 'one_off'>, number> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
};

/** The day the next measurement of a recurring saving is due: its period's end plus its rhythm. */
export function nextMeasurementDue(periodEnd: string, recurrence: Recurrence): string | null {
  if (recurrence === 'one_off') return null;
  const [y, m, d] = periodEnd.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y, m - 1 + MONTHS[recurrence], 1));
  // The same day of the month, or the month's last day (31 January + 1 month = 28/29 February).
  const last = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(d, last));
  return due.toISOString().slice(0, 10);
}

const CLOSED = ['stopped', 'implemented'] as const;

async function contributors(ctx: TxCtx, projectId: string, leadId: string) {
  const team = await ctx.db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.role, 'team')));
  return [leadId, ...team.map((t) => t.userId)];
}

/** Milestones past their day and not done, in open projects, told once to the lead and team. */
async function remindOverdueMilestones(ctx: TxCtx, today: string) {
  const due = await ctx.db
    .select({ milestone: projectMilestones, title: projects.title, leadId: projects.leadId })
    .from(projectMilestones)
    .innerJoin(projects, eq(projects.id, projectMilestones.projectId))
    .where(
      and(
        eq(projectMilestones.organisationId, ctx.org.id),
        ne(projectMilestones.status, 'done'),
        isNull(projectMilestones.overdueRemindedAt),
        lt(projectMilestones.dueOn, today),
        notInArray(projects.state, [...CLOSED]),
      ),
    )
    .limit(500)
    .for('update', { of: projectMilestones, skipLocked: true });
  for (const { milestone: m, title, leadId } of due) {
    await notify(ctx, {
      kind: 'projects.milestone_overdue',
      recipients: await contributors(ctx, m.projectId, leadId),
      resource: { type: 'project', id: m.projectId, href: `/projects/${m.projectId}` },
      params: { milestone: m.title, project: title, due: m.dueOn },
    });
  }
  if (due.length) {
    const ids = due.map((d) => d.milestone.id);
    await ctx.db
      .update(projectMilestones)
      .set({ overdueRemindedAt: ctx.now() })
      .where(inArray(projectMilestones.id, ids));
  }
  return due.length;
}

/**
 * Recurring savings whose next measurement is due: the latest entry of each series (project,
 * metric, unit) whose period ended one rhythm ago and about which nobody was told yet.
 */
async function remindMeasurements(ctx: TxCtx, today: string) {
  const latest = await ctx.db
    .selectDistinctOn(
      [
        savingsEntries.projectId,
        savingsEntries.metric,
        sql`coalesce(${savingsEntries.customUnit}, '')`,
      ],
      { entry: savingsEntries, title: projects.title, leadId: projects.leadId },
    )
    .from(savingsEntries)
    .innerJoin(projects, eq(projects.id, savingsEntries.projectId))
    .where(
      and(
        eq(savingsEntries.organisationId, ctx.org.id),
        ne(savingsEntries.recurrence, 'one_off'),
        ne(projects.state, 'stopped'),
      ),
    )
    .orderBy(
      savingsEntries.projectId,
      savingsEntries.metric,
      sql`coalesce(${savingsEntries.customUnit}, '')`,
      sql`${savingsEntries.periodEnd} desc`,
      sql`${savingsEntries.createdAt} desc`,
    );
  const due = latest.filter(
    ({ entry: e }) =>
      !e.measurementRemindedAt &&
      (nextMeasurementDue(e.periodEnd, e.recurrence) ?? '9999') <= today,
  );
  // One reminder per project, however many of its series are due (the oldest period named).
  const byProject = new Map<string, typeof due>();
  for (const d of due)
    byProject.set(d.entry.projectId, [...(byProject.get(d.entry.projectId) ?? []), d]);
  for (const [projectId, series] of byProject) {
    const { title, leadId } = series[0]!;
    await notify(ctx, {
      kind: 'projects.measurement_due',
      recipients: await contributors(ctx, projectId, leadId),
      resource: { type: 'project', id: projectId, href: `/projects/${projectId}` },
      params: {
        project: title,
        count: series.length,
        periodEnd: series.map((d) => d.entry.periodEnd).sort()[0]!,
      },
    });
  }
  const ids = due.map((d) => d.entry.id);
  for (let i = 0; i < ids.length; i += 1000) {
    await ctx.db
      .update(savingsEntries)
      .set({ measurementRemindedAt: ctx.now() })
      .where(inArray(savingsEntries.id, ids.slice(i, i + 1000)));
  }
  return due.length;
}

/**
 * The daily reminders of one organisation (a scheduled job): overdue milestones and recurring
 * savings due for measurement. Each is told once (the row remembers), so a job that runs again
 * after a crash, or in two processes, tells nobody twice.
 */
export async function sendReminders(job: JobCtx) {
  const ctx = orgCtx(job);
  const today = todayIn(ctx.org.timeZone, ctx.now());
  return {
    milestones: await remindOverdueMilestones(ctx, today),
    measurements: await remindMeasurements(ctx, today),
  };
}
