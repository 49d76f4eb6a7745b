import type { Milestone } from './schema.ts';

/**
 * A project's progress in percent: the weight of the milestones done over the weight of all
 * of them (none: 0). Whole percent, rounded down, so 100 means everything is done.
 */
export function progressOf(milestones: readonly Pick<Milestone, 'status' | 'weight'>[]): number {
  const total = milestones.reduce((s, m) => s + m.weight, 0);
  if (!total) return 0;
  const done = milestones.filter((m) => m.status === 'done').reduce((s, m) => s + m.weight, 0);
  return Math.floor((done * 100) / total);
}

/** Overdue: due before today (in the organisation's calendar) and not done. */
export const isOverdue = (m: Pick<Milestone, 'status' | 'dueOn'>, today: string) =>
  m.status !== 'done' && m.dueOn < today;
