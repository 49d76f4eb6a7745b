import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { auditRules } from './permissions.ts';
import { auditPersonalData } from './personal-data.ts';

/** The append-only, hash-chained log of every change: "who changed this?". */
export default defineModule({
  name: 'audit',
  messages,
  rules: auditRules,
  personalData: auditPersonalData,
  adminTools: [
    {
      href: '/admin/audit',
      title: 'admin.index.audit',
      description: 'admin.index.audit_desc',
      action: 'audit.read',
    },
  ],
  e2ePages: [
    { path: '/admin/audit', as: 'admin' },
    { path: '/admin/audit?action=proposal.&from=2020-01-01', as: 'admin' },
  ],
});
