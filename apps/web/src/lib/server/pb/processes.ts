import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { transition } from '../lifecycle/transition.ts';
import { DEFAULT_DOMAINS } from './default-domains.ts';
import { CLUJ_BALLOT } from './ballot-rule.ts';
import { processFormSchema, projectFormSchema } from './form.ts';
import { lockProcess, phasesOf, processMachine, usedPhases } from './lifecycle.ts';
import { nextPhase, votingHasOpened } from './phases.ts';
import { pbDomains, pbPhases, pbProcesses, pbProjects, type PbProcess } from './schema.ts';
import { unstatedCosts } from '../staff-votes/costs.ts';

/**
 * Creates a process as a draft with Cluj-Napoca's defaults: its six domains and one vote per
 * domain. The form gives the texts, money, counting rule and the timeline.
 */
export async function createProcess(ctx: Ctx, input: unknown): Promise<PbProcess> {
  authorize(ctx.actor, 'pb.process.create');
  const { phases, ...data } = parseInput(processFormSchema(ctx.org.timeZone), input);
  return inTransaction(ctx, async (tx) => {
    const [process] = await tx.db
      .insert(pbProcesses)
      .values({
        organisationId: ctx.org.id,
        ...data,
        ballotRule: CLUJ_BALLOT,
        createdBy: ctx.actor!.userId,
      })
      .returning();
    const ids = { organisationId: ctx.org.id, processId: process!.id };
    await tx.db.insert(pbPhases).values(phases.map((p) => ({ ...ids, ...p })));
    await tx.db
      .insert(pbDomains)
      .values(DEFAULT_DOMAINS.map((d, position) => ({ ...ids, ...d, position })));
    await recordAudit(tx.db, tx, {
      action: 'pb.process.create',
      resourceType: 'pb_process',
      resourceId: process!.id,
      after: { ...process, phases, domains: DEFAULT_DOMAINS.map((d) => d.key) },
    });
    return process!;
  });
}

/** One process with its timeline, domains and projects; one the actor may not see is not found. */
export async function getProcess(ctx: Ctx, id: string) {
  if (!isUuid(id)) throw new NotFound('pb_process');
  const [process] = await ctx.db
    .select()
    .from(pbProcesses)
    .where(and(eq(pbProcesses.id, id), eq(pbProcesses.organisationId, ctx.org.id)));
  if (!process || !can(ctx.actor, 'pb.process.read', process)) throw new NotFound('pb_process');
  const [phases, domains, projects, unstated] = await Promise.all([
    phasesOf(ctx, id),
    ctx.db
      .select()
      .from(pbDomains)
      .where(eq(pbDomains.processId, id))
      .orderBy(asc(pbDomains.position)),
    ctx.db
      .select()
      .from(pbProjects)
      .where(eq(pbProjects.processId, id))
      .orderBy(asc(pbProjects.number)),
    unstatedCosts(ctx.db, id),
  ]);
  const next = nextPhase(process.state, usedPhases(phases));
  // A staff vote's project whose proposal states no cost shows that, not its token cost.
  const costed = projects.map((p) => ({ ...p, costStated: !unstated.has(p.id) }));
  return { process, phases, domains, projects: costed, next };
}
export type ProcessView = Awaited<ReturnType<typeof getProcess>>;

/** The processes this actor may see, newest first. */
export async function listProcesses(ctx: Ctx): Promise<PbProcess[]> {
  const rows = await ctx.db
    .select()
    .from(pbProcesses)
    .where(eq(pbProcesses.organisationId, ctx.org.id))
    .orderBy(desc(pbProcesses.createdAt));
  return rows.filter((p) => can(ctx.actor, 'pb.process.read', p));
}

/** Moves a process to a phase (the next one it uses): by hand, audited, through the engine. */
export const transitionProcess = (ctx: Ctx, id: string, phase: unknown) =>
  transition(ctx, processMachine, id, phase);

/**
 * Refuses any change to what voters vote on and how it is counted once voting has opened. The
 * database refuses it too (trigger pb_rules_locked), for whatever does not come through here.
 */
export function ensureRulesOpen(process: PbProcess) {
  if (process.votingOpenedAt || votingHasOpened(process.state))
    throw new Conflict('pb.rule.locked');
}

/** Adds a project to the ballot, within the process's cap per project. */
export async function addProject(ctx: Ctx, processId: string, input: unknown) {
  const fields = parseInput(projectFormSchema, input);
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.process.manage', process);
    ensureRulesOpen(process);
    if (fields.cost > process.projectCap) throw new Invalid({ cost: 'pb.project.over_cap' });
    const [top] = await tx.db
      .select({ n: max(pbProjects.number) })
      .from(pbProjects)
      .where(eq(pbProjects.processId, process.id));
    const [project] = await tx.db
      .insert(pbProjects)
      .values({
        organisationId: ctx.org.id,
        processId: process.id,
        number: (top?.n ?? 0) + 1,
        domainId: fields.domainId,
        title: fields.title,
        summary: fields.summary ?? '',
        cost: fields.cost,
        location: fields.location ?? null,
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'pb.project.create',
      resourceType: 'pb_project',
      resourceId: project!.id,
      after: project,
    });
    return project!;
  });
}
