import type { NotificationKind } from '../module.ts';
import { modules } from '../modules.ts';
import type { MessageKey } from '../../i18n/message.ts';

export interface KnownKind {
  kind: string;
  label: MessageKey;
  title: MessageKey;
  body: MessageKey;
  email: NotificationKind['email'];
}

let kinds: Map<string, KnownKind> | undefined;

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
