import type { Rule } from '../permissions/rule.ts';

const own = ((actor, n) => !!actor && actor.userId === n.userId) as Rule<{ userId: string }>;

export const notificationRules = {
  /** Anyone signed in has a notification centre and preferences of their own. */
  'notifications.own': ((actor) => !!actor) as Rule,
  /** A notification is read and marked by the person it is for, nobody else. */
  'notification.read': own,
  'notification.mark': own,
};
