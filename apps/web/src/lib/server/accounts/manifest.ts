import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { accountRules } from './permissions.ts';
import { accountsPersonalData } from './personal-data.ts';
import { accountJobHandlers, accountSchedules } from './jobs.ts';
import { seedPeople } from './seed.ts';

/** People: accounts, sign-in (password and single sign-on), memberships and roles. */
export default defineModule({
  name: 'accounts',
  messages,
  rules: accountRules,
  constraints: {
    users_email_unique: { field: 'email', message: 'accounts.email.taken' },
    memberships_department_fk: { field: 'departmentId', message: 'accounts.department.unknown' },
  },
  personalData: accountsPersonalData,
  adminTools: [
    {
      href: '/admin/members',
      title: 'admin.index.members',
      description: 'admin.index.members_desc',
      action: 'organisation.read_members',
    },
  ],
  jobHandlers: accountJobHandlers,
  schedules: accountSchedules,
  seed: seedPeople,
  e2ePages: [
    { path: '/admin/members', as: 'admin', follow: 'main a[href^="/admin/members/"]' },
    { path: '/account/profile', as: 'employee' },
    { path: '/account/data', as: 'employee' },
    { path: '/account/delete', as: 'employee' },
    { path: '/admin/members', as: 'employee', status: 403 },
  ],
});
