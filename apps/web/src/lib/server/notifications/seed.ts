import type { Tx } from '../db/client.ts';
import type { DemoWorld } from '../seed/world.ts';
import { notifications } from './schema.ts';

const HOUR = 3_600_000;

/**
 * The demo administrator's notification centre: the dead job's alert unread, older ones read
 * (modules with their own kinds add theirs in their seeds).
 */
export async function seedNotifications(tx: Tx, w: DemoWorld) {
  const admin = w.data.people.find((p) => p.role === 'admin')!;
  const base = {
    organisationId: w.organisationId,
    userId: w.id('user', admin.key),
    kind: 'jobs.dead',
    resourceType: 'job',
    href: '/admin/jobs?state=dead',
    email: 'now' as const,
  };
  const at = (hoursAgo: number) => new Date(w.now.getTime() - hoursAgo * HOUR);
  const lost = 'Error: Connection terminated unexpectedly';
  await tx.insert(notifications).values([
    {
      ...base,
      resourceId: w.id('job', 'dead'),
      params: { kind: 'notifications.digest', attempts: 5, error: lost },
      createdAt: at(20),
    },
    {
      ...base,
      params: { kind: 'mail.purge_old', attempts: 5, error: 'Error: disk full' },
      createdAt: at(24 * 9),
      readAt: at(24 * 8),
    },
    {
      ...base,
      params: {
        kind: 'jobs.purge_finished',
        attempts: 5,
        error: 'Error: canceling statement due to statement timeout',
      },
      createdAt: at(24 * 12),
      readAt: at(24 * 12 - 2),
    },
  ]);
  w.counts.notifications = 3;
}
