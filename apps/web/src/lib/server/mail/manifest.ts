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
  jobHandlers: {
    'mail.purge_old': (ctx) => purgeOldMail(ctx.db, ctx.now(), config().OUTBOX_RETENTION_DAYS),
  },
  schedules: [{ kind: 'mail.purge_old', dailyAt: '03:30' }],
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
