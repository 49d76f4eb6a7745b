import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { can } from '../permissions/can.ts';
import { nextPhase, type Phase, type ProcessState } from './phases.ts';
import { pbPhases, pbProcesses, pbResults } from './schema.ts';
import type { LocalizedText } from '../../i18n/localized.ts';

/** What the home page says about one process: where it is, and until when. */
export interface ProcessOnHome {
  id: string;
  title: LocalizedText;
  state: ProcessState;
  /** When the current phase ends (the next one starts); null in the last phase. */
  until: Date | null;
  /** The phase that follows, for "voting opens on …". */
  next: Phase | null;
  resultsPublished: boolean;
}

/** Finished: the results are out (or the winners are being built). */
const FINISHED: readonly ProcessState[] = ['results', 'implementation'];

/**
 * The organisation's published processes the visitor may see, split into those a citizen can
 * take part in now and those whose results are out. Three indexed queries whatever the number
 * of processes: the processes, their phases, their published results.
 */
export async function processesForHome(ctx: Ctx, limit = 20) {
  const rows = await ctx.db
    .select()
    .from(pbProcesses)
    .where(and(eq(pbProcesses.organisationId, ctx.org.id), ne(pbProcesses.state, 'draft')))
    .orderBy(desc(pbProcesses.createdAt))
    .limit(limit);
  const visible = rows.filter((p) => can(ctx.actor, 'pb.process.read', p));
  if (!visible.length) return { open: [], finished: [] };
  const ids = visible.map((p) => p.id);
  const [phases, results] = await Promise.all([
    ctx.db
      .select({ processId: pbPhases.processId, phase: pbPhases.phase, startsAt: pbPhases.startsAt })
      .from(pbPhases)
      .where(inArray(pbPhases.processId, ids))
      .orderBy(asc(pbPhases.startsAt)),
    ctx.db
      .select({ processId: pbResults.processId })
      .from(pbResults)
      .where(inArray(pbResults.processId, ids)),
  ]);
  const published = new Set(results.map((r) => r.processId));
  const all: ProcessOnHome[] = visible.map((p) => {
    const own = phases.filter((ph) => ph.processId === p.id);
    const next = nextPhase(
      p.state,
      own.map((ph) => ph.phase),
    );
    return {
      id: p.id,
      title: p.title,
      state: p.state,
      next,
      until: own.find((ph) => ph.phase === next)?.startsAt ?? null,
      resultsPublished: published.has(p.id),
    };
  });
  return {
    // A vote open now comes first: it is what a citizen can do today, and it ends soonest.
    open: all
      .filter((p) => !FINISHED.includes(p.state))
      .sort((a, b) => Number(b.state === 'voting') - Number(a.state === 'voting')),
    finished: all.filter((p) => FINISHED.includes(p.state)),
  };
}
