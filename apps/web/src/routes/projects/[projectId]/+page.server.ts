import type { Actions, PageServerLoad, RequestEvent } from './$types';
import type { Ctx } from '#lib/server/context.ts';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { formFields, formValues, readForm } from '#lib/server/http/form.ts';
import { projectUpdateAttachments, savingsEvidence } from '#lib/server/projects/attachments.ts';
import { getProject } from '#lib/server/projects/queries.ts';
import { transitionProject } from '#lib/server/projects/commands.ts';
import {
  addKpi,
  addMilestone,
  postUpdate,
  setMilestoneStatus,
} from '#lib/server/projects/delivery.ts';
import { recordSaving, verifySaving } from '#lib/server/projects/savings.ts';
import { isFollowing, setFollowing } from '#lib/server/projects/follow.ts';
import { projectMachine } from '#lib/server/projects/lifecycle.ts';
import { transitionsFor } from '#lib/server/lifecycle/transition.ts';
import { can } from '#lib/server/permissions/can.ts';
import type { MessageKey } from '#lib/i18n/message.ts';

/** A project's public page; its team and administrators also find their forms here. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const view = await getProject(ctx, event.params.projectId);
    const { access, ...project } = view;
    return {
      ...project,
      steps: transitionsFor(projectMachine, ctx.actor, access),
      canManage: can(ctx.actor, 'project.manage', access),
      canContribute: can(ctx.actor, 'project.contribute', access),
      canSeeUnverified: can(ctx.actor, 'savings.read_unverified'),
      uploadLimits: { update: projectUpdateAttachments.limits, evidence: savingsEvidence.limits },
      canFollow: can(ctx.actor, 'project.follow', access),
      following: await isFollowing(ctx, project.project.id),
    };
  });

/** Runs one command with the posted form; success says which notice to show. */
async function act(
  event: RequestEvent,
  done: MessageKey,
  command: (ctx: Ctx, raw: Record<string, string | string[]>) => Promise<unknown>,
) {
  const { raw, values } = await readForm(event.request);
  const result = await perform(event, values, (ctx) => command(ctx, raw));
  if (!('done' in result)) return result;
  return { done };
}

/** `act` for a multipart form: the fields, and the files (an update's photos, a saving's evidence). */
async function actWithFiles(
  event: RequestEvent,
  done: MessageKey,
  command: (ctx: Ctx, raw: Record<string, unknown>) => Promise<unknown>,
) {
  const form = await event.request.formData().catch(() => new FormData());
  const raw = {
    ...formFields(form),
    photos: form.getAll('photos'),
    evidenceFiles: form.getAll('evidenceFiles'),
  };
  const result = await perform(event, formValues(form), (ctx) => command(ctx, raw));
  if (!('done' in result)) return result;
  return { done };
}

const id = (event: RequestEvent) => event.params.projectId;

export const actions: Actions = {
  transition: (event) =>
    act(event, 'projects.notice.step', (ctx, { name, ...input }) =>
      transitionProject(ctx, id(event), name, input),
    ),
  milestone: (event) =>
    act(event, 'projects.notice.milestone', (ctx, raw) => addMilestone(ctx, id(event), raw)),
  milestone_status: (event) =>
    act(event, 'projects.notice.milestone_status', (ctx, raw) =>
      setMilestoneStatus(ctx, id(event), raw),
    ),
  update: (event) =>
    actWithFiles(event, 'projects.notice.update', (ctx, raw) => postUpdate(ctx, id(event), raw)),
  saving: (event) =>
    actWithFiles(event, 'projects.notice.saving', (ctx, raw) => recordSaving(ctx, id(event), raw)),
  verify: (event) =>
    act(event, 'projects.notice.verified', (ctx, raw) =>
      verifySaving(ctx, String(raw.entryId ?? '')),
    ),
  kpi: (event) => act(event, 'projects.notice.kpi', (ctx, raw) => addKpi(ctx, id(event), raw)),
  follow: (event) =>
    act(event, 'projects.notice.followed', (ctx) => setFollowing(ctx, id(event), true)),
  unfollow: (event) =>
    act(event, 'projects.notice.unfollowed', (ctx) => setFollowing(ctx, id(event), false)),
};
