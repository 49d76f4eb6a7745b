import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { mailRules } from './permissions.ts';
import { mailPersonalData } from './personal-data.ts';
import { purgeOldMail } from './outbox.ts';
import { config } from '../config.ts';

/** E-mail through a transactional outbox: SMTP when configured, else kept for reading. */
export default defineModule({
  name: 'mail',
  messages,
  rules: mailRules,
  personalData: mailPersonalData,
  jobs: [
    {
      name: 'mail.purge_old',
      everyMs: 86_400_000,
      run: (db, now) => purgeOldMail(db, now, config().OUTBOX_RETENTION_DAYS),
    },
  ],
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
