import { Conflict } from '../errors.ts';
import type { MessageKey } from '../../i18n/message.ts';
import type { Phase } from '../pb/phases.ts';
import type { PbPhase, PbProcess } from '../pb/schema.ts';

/**
 * Whether a phase's window is open now: the process is in it, its start date has come and the
 * next phase's has not. The phase job moves processes at their dates a minute late at most; the
 * dates decide, so nothing is taken in that minute after a window closed.
 */
export function windowOpen(
  process: PbProcess,
  phases: readonly PbPhase[],
  phase: Phase,
  now: Date,
) {
  if (process.state !== phase) return false;
  const sorted = [...phases].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const i = sorted.findIndex((p) => p.phase === phase);
  if (i < 0 || sorted[i]!.startsAt > now) return false;
  const next = sorted[i + 1];
  return !next || now < next.startsAt;
}

export function ensureWindow(
  process: PbProcess,
  phases: readonly PbPhase[],
  phase: Phase,
  now: Date,
  message: MessageKey,
) {
  if (!windowOpen(process, phases, phase, now)) throw new Conflict(message);
}
