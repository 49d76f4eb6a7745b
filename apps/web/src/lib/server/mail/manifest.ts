import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { mailRules } from './permissions.ts';
import { mailPersonalData } from './personal-data.ts';

/** E-mail through a transactional outbox: SMTP when configured, else kept for reading. */
export default defineModule({
  name: 'mail',
  messages,
  rules: mailRules,
  personalData: mailPersonalData,
  adminTools: [
    {
      href: '/admin/emails',
      title: 'admin.index.emails',
      description: 'admin.index.emails_desc',
      action: 'mail.read_outbox',
    },
  ],
  e2ePages: [{ path: '/admin/emails', as: 'admin' }],
});
