import type { Actor } from './context.ts';
import type { MessageKey } from '../i18n/message.ts';
import { can, type Action } from './permissions/can.ts';
import { modules } from './modules.ts';

export interface AdminToolLink {
  href: string;
  title: MessageKey;
  description: MessageKey;
}

/** The administration tools this actor may use, from every module's manifest, in its order. */
export function adminToolsFor(actor: Actor | null): AdminToolLink[] {
  return modules
    .flatMap((m) => (m.adminTools ?? []) as readonly (AdminToolLink & { action: string })[])
    .filter((tool) =>
      (can as (a: Actor | null, action: Action) => boolean)(actor, tool.action as Action),
    )
    .map(({ href, title, description }) => ({ href, title, description }));
}
