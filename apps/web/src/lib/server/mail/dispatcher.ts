import type { Db } from '../db/client.ts';
import { log } from '../log.ts';
import { deliverPending, type Transport } from './outbox.ts';

/** Polls the outbox every few seconds; `kick()` delivers at once after a commit that queued mail. */
export function startMailDispatcher(db: Db, transport: Transport | null, intervalMs = 3000) {
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= deliverPending(db, transport, new Date())
      .catch((error: unknown) => log.error({ err: error }, 'mail delivery failed'))
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    kick: run,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
