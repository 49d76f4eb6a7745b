import type { Actor } from '../context.ts';
import type { NotificationKind } from '../module.ts';
import { modules } from '../modules.ts';
import type { MessageKey } from '../../i18n/message.ts';

export interface KnownKind {
  kind: string;
  label: MessageKey;
  title: MessageKey;
  body: MessageKey;
  email: NotificationKind['email'];
  roles?: NotificationKind['roles'];
}

let kinds: Map<string, KnownKind> | undefined;

/** The kinds this person may set a preference for (their roles here; no roles: every kind). */
export const kindsFor = (actor: Actor) =>
  [...notificationKinds().values()].filter(
    (k) => !k.roles || k.roles.some((r) => actor.roles.includes(r)),
  );

/** Every module's notification kinds, in the order of the modules (read on first use). */
export function notificationKinds(): Map<string, KnownKind> {
  kinds ??= new Map(
    modules.flatMap((m) =>
      Object.entries((m.notifications ?? {}) as Record<string, NotificationKind>).map(
        ([kind, k]) => [kind, { kind, ...k } as KnownKind] as const,
      ),
    ),
  );
  return kinds;
}
