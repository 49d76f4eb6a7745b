import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { projectRules } from './permissions.ts';

/** Projects made of selected proposals, their delivery, their verified savings, the impact dashboard. */
export default defineModule({
  name: 'projects',
  messages,
  rules: projectRules,
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
  adminTools: [
    {
      href: '/admin/projects',
      title: 'projects.admin.title',
      description: 'projects.admin.description',
      action: 'project.list_admin',
    },
  ],
});
