import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { scheduleMessages } from './messages-schedule.ts';
import { mapMessages } from './messages-map.ts';
import { pbRules } from './permissions.ts';
import { advancePhasesJob } from './phase-job.ts';
import { seedPb } from './seed.ts';
import { pbPersonalData } from './personal-data.ts';

/**
 * Citizen participatory budgeting: processes and their phases, ballot rules (locked once voting
 * opens), the voting booth, and results counted by packages/pb.
 */
export default defineModule({
  name: 'pb',
  messages: { ...messages, ...scheduleMessages, ...mapMessages },
  rules: pbRules,
  constraints: {
    pb_rules_locked: { field: 'form', message: 'pb.rule.locked' },
    pb_projects_domain_fk: { field: 'domainId', message: 'pb.project.domain_unknown' },
    pb_phases_order: { field: 'form', message: 'pb.phase.order' },
    pb_phases_started: { field: 'form', message: 'pb.phase.started' },
    pb_paper_batches_four_eyes: { field: 'form', message: 'pb.paper.same_person' },
    pb_paper_batches_final: { field: 'form', message: 'pb.paper.already_confirmed' },
    pb_invalidations_roll_unique: { field: 'form', message: 'pb.validation.already' },
    pb_invalidations_reason: { field: 'reason', message: 'pb.validation.reason_required' },
    pb_voter_roll_process_person_unique: { field: 'form', message: 'pb.booth.already_voted' },
    pb_ballots_voting_open: { field: 'form', message: 'pb.booth.closed' },
  },
  // Phases move at their dates: checked every minute, per organisation.
  jobHandlers: { 'pb.advance_phases': advancePhasesJob },
  schedules: [{ kind: 'pb.advance_phases', everyMinutes: 1, perOrganisation: true }],
  adminTools: [
    {
      href: '/admin/pb',
      title: 'pb.admin.title',
      description: 'pb.admin.description',
      action: 'pb.process.administer',
    },
  ],
  personalData: pbPersonalData,
  seed: seedPb,
  e2ePages: [
    { path: '/pb', as: null, follow: 'a.pb-process-link' },
    { path: '/admin/pb/new', as: 'admin' },
    { path: '/admin/pb', as: 'admin', follow: 'a.pb-admin-link' },
    { path: '/admin/pb', as: 'admin', follow: 'a.pb-codes-link' },
    { path: '/pb', as: null, follow: 'a.pb-vote-link' },
    { path: '/pb', as: 'participant', follow: 'a.pb-vote-link' },
    { path: '/pb', as: null, follow: 'a.pb-results-link' },
    { path: '/admin/pb', as: 'admin', follow: 'a.pb-lab-link' },
    { path: '/admin/pb', as: 'admin', follow: 'a.pb-schedule-link' },
    { path: '/admin/pb', as: 'admin', follow: 'a.pb-desk-link' },
    { path: '/admin/pb', as: 'admin', follow: 'a.pb-validation-link' },
  ],
});
