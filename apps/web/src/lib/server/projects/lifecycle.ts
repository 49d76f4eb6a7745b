import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineMachine } from '../lifecycle/machine.ts';
import { text } from '../validation/fields.ts';
import { projects, type Project } from './schema.ts';
import { projectAccess } from './access.ts';
import type { ProjectAccess } from './permissions.ts';
import type { ProjectState } from './states.ts';

const stopInput = z.object({
  stopReason: text({ max: 5000, multiline: true }),
  lessonsLearnt: text({ max: 5000, multiline: true }),
});

/**
 * planned → mvp_in_progress → mvp_tested → adopted (scaled by the department) → implemented;
 * stopped from any open state, with the reason and what was learnt (required here and by the
 * database). The lead and administrators take the steps (`project.manage`).
 */
export const projectMachine = defineMachine({
  resourceType: 'project',
  auditPrefix: 'project',
  transitions: {
    start_mvp: { from: ['planned'], to: 'mvp_in_progress', action: 'project.manage' },
    complete_mvp: { from: ['mvp_in_progress'], to: 'mvp_tested', action: 'project.manage' },
    adopt: { from: ['mvp_tested'], to: 'adopted', action: 'project.manage' },
    implement: { from: ['adopted'], to: 'implemented', action: 'project.manage' },
    stop: {
      from: ['planned', 'mvp_in_progress', 'mvp_tested', 'adopted'],
      to: 'stopped',
      action: 'project.manage',
      input: stopInput,
    },
  },
  lock: (ctx, id) => projectAccess(ctx, id, true),
  state: (r: ProjectAccess): ProjectState => r.project.state,
  id: (r) => r.project.id,
  async apply(ctx, r, step) {
    const now = ctx.now();
    const [after] = await ctx.db
      .update(projects)
      .set({
        ...step.input,
        state: step.to,
        ...(step.to === 'implemented' ? { implementedAt: now } : {}),
        ...(step.to === 'stopped' ? { stoppedAt: now } : {}),
        updatedAt: now,
        version: r.project.version + 1,
      })
      .where(eq(projects.id, r.project.id))
      .returning();
    return { project: after!, team: r.team };
  },
  snapshot: ({ project }, step) => ({
    state: project.state,
    ...Object.fromEntries(Object.keys(step.input).map((k) => [k, project[k as keyof Project]])),
  }),
});

export type ProjectTransition = keyof typeof projectMachine.transitions;
