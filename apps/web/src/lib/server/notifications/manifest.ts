import { defineModule } from '../module.ts';
import { sendDigests } from './digest.ts';
import { messages } from './messages.ts';
import { notificationRules } from './permissions.ts';
import { notificationsPersonalData } from './personal-data.ts';
import { seedNotifications } from './seed.ts';

/**
 * Notifications (decision 021): `notify(tx, …)` inside a command's transaction; an in-app
 * centre per person; e-mail at once, in a daily digest or not at all, per person and kind.
 * The kinds themselves are declared by the modules that notify.
 */
export default defineModule({
  name: 'notifications',
  messages,
  rules: notificationRules,
  personalData: notificationsPersonalData,
  jobHandlers: { 'notifications.digest': sendDigests },
  schedules: [{ kind: 'notifications.digest', dailyAt: '07:00', perOrganisation: true }],
  seed: seedNotifications,
  e2ePages: [
    { path: '/notifications', as: 'admin' },
    { path: '/notifications', as: 'participant' },
    { path: '/account/notifications', as: 'employee' },
  ],
});
