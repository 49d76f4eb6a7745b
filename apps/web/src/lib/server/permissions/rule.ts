import type { Actor } from '../context.ts';

/** A permission rule: may this actor take this action on this resource? */
export type Rule<R = undefined> = (actor: Actor | null, resource: R) => boolean;
