import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { jobRules } from './permissions.ts';
import { purgeFinishedJobs } from './purge.ts';
import { seedJobs } from './seed.ts';

/**
 * The background-job queue (decision 020): `enqueue` inside a transaction, handlers and
 * schedules declared by each module, a worker in every server process, /admin/jobs.
 */
export default defineModule({
  name: 'jobs',
  messages,
  rules: jobRules,
  jobHandlers: { 'jobs.purge_finished': purgeFinishedJobs },
  schedules: [{ kind: 'jobs.purge_finished', dailyAt: '03:00' }],
  notifications: {
    'jobs.dead': {
      label: 'jobs.notification.dead.label',
      title: 'jobs.notification.dead.title',
      body: 'jobs.notification.dead.body',
      email: 'now',
      roles: ['admin'],
    },
  },
  seed: seedJobs,
  adminTools: [
    {
      href: '/admin/jobs',
      title: 'admin.index.jobs',
      description: 'admin.index.jobs_desc',
      action: 'jobs.read',
    },
  ],
  e2ePages: [
    { path: '/admin/jobs', as: 'admin' },
    { path: '/admin/jobs?state=dead', as: 'admin' },
  ],
});
