import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { projectRules } from './permissions.ts';
import { sendReminders } from './reminders.ts';
import { seedProjects } from './seed.ts';
import { projectFileRules, projectUpdateAttachments, savingsEvidence } from './attachments.ts';
import { projectsPersonalData } from './personal-data.ts';

/** Projects made of selected proposals, their delivery, their verified savings, the impact dashboard. */
export default defineModule({
  name: 'projects',
  messages,
  rules: { ...projectRules, ...projectFileRules },
  attachments: { project_update: projectUpdateAttachments, savings_entry: savingsEvidence },
  personalData: projectsPersonalData,
  constraints: {
    projects_department_fk: { field: 'departmentId', message: 'projects.department.unknown' },
    project_proposals_proposal_unique: {
      field: 'proposalIds',
      message: 'projects.proposals.taken',
    },
    projects_stopped_explained: { field: 'stopReason', message: 'projects.stop.explain' },
    savings_entries_verifier_not_author: {
      field: 'form',
      message: 'projects.savings.verifier_is_author',
    },
    savings_entries_frozen_once_verified: { field: 'form', message: 'projects.savings.frozen' },
  },
  jobHandlers: { 'projects.reminders': sendReminders },
  schedules: [{ kind: 'projects.reminders', dailyAt: '08:00', perOrganisation: true }],
  notifications: {
    'projects.update': {
      label: 'projects.notification.update.label',
      title: 'projects.notification.update.title',
      body: 'projects.notification.update.body',
      email: 'now',
    },
    'projects.milestone_overdue': {
      label: 'projects.notification.milestone_overdue.label',
      title: 'projects.notification.milestone_overdue.title',
      body: 'projects.notification.milestone_overdue.body',
      email: 'now',
    },
    'projects.measurement_due': {
      label: 'projects.notification.measurement_due.label',
      title: 'projects.notification.measurement_due.title',
      body: 'projects.notification.measurement_due.body',
      email: 'now',
    },
  },
  adminTools: [
    {
      href: '/admin/projects',
      title: 'projects.admin.title',
      description: 'projects.admin.description',
      action: 'project.list_admin',
    },
  ],
  seed: seedProjects,
  e2ePages: [
    { path: '/impact', as: null, follow: 'main td a[href^="/projects/"]' },
    { path: '/impact?metric=kwh&year=2025', as: null },
    { path: '/admin/projects', as: 'admin', follow: 'main td a[href^="/projects/"]' },
    { path: '/admin/projects/new', as: 'admin' },
    { path: '/admin/projects', as: 'employee', status: 403 },
  ],
});
