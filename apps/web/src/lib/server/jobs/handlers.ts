import type { JobHandler, Schedule } from '../module.ts';
import { modules } from '../modules.ts';

let handlers: Map<string, JobHandler> | undefined;

/** Every module's job handlers by kind (read on first use: modules import this file). */
export function jobHandlers(): Map<string, JobHandler> {
  handlers ??= new Map(modules.flatMap((m) => Object.entries(m.jobHandlers ?? {})));
  return handlers;
}

/** Every module's recurring jobs. */
export const allSchedules = (): Schedule[] => modules.flatMap((m) => m.schedules ?? []);
