import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { evaluationRules } from './permissions.ts';
import { evaluationPersonalData } from './personal-data.ts';
import { seedEvaluation } from './seed.ts';

/**
 * The jury: evaluators assigned to proposals, conflicts of interest, blind scoring against the
 * call's rubric, the ranking with its spread and CSV export, the committee's decision, the
 * published results, and the call dashboard.
 */
export default defineModule({
  name: 'evaluation',
  messages,
  rules: evaluationRules,
  constraints: {
    evaluation_scores_assignment_fk: { field: 'form', message: 'evaluation.conflicted' },
    evaluation_scores_range: { field: 'form', message: 'evaluation.score.range' },
    evaluation_assignments_conflict_reason: {
      field: 'conflictReason',
      message: 'evaluation.conflict.reason',
    },
  },
  personalData: evaluationPersonalData,
  adminTools: [
    {
      href: '/admin/evaluation',
      title: 'evaluation.tool.title',
      description: 'evaluation.tool.description',
      action: 'evaluation.administer',
    },
  ],
  notifications: {
    'evaluation.assigned': {
      label: 'evaluation.notification.assigned.label',
      title: 'evaluation.notification.assigned.title',
      body: 'evaluation.notification.assigned.body',
      email: 'now',
      roles: ['evaluator'],
    },
  },
  seed: seedEvaluation,
  e2ePages: [
    { path: '/admin/evaluation', as: 'admin', follow: 'a.evaluation-link' },
    { path: '/evaluation', as: 'evaluator', follow: 'td a' },
    { path: '/results', as: null, follow: 'main a.results-link' },
  ],
});
