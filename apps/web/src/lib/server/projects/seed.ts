import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import {
  projectFollowers,
  projectKpis,
  projectMembers,
  projectMilestones,
  projectProposals,
  projectUpdates,
  projects,
  savingsEntries,
  savingsVerifiers,
} from './schema.ts';
import { DEMO_PROJECTS, WAITING_TITLE, type DemoProject } from './seed-data.ts';

const MONTH = 30 * 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthStart = (d: Date, plus: number) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus, 1));

/** Last year's call, closed, with the current call's categories. */
async function pastCall(tx: Tx, w: DemoWorld) {
  const id = uuidv7();
  const year = w.now.getUTCFullYear() - 1;
  const c = w.data.innovationCall;
  await tx.insert(innovationCalls).values({
    id,
    organisationId: w.organisationId,
    title: { ro: `Innovato-R ${year}`, en: `Innovato-R ${year}`, hu: `Innovato-R ${year}` },
    description: c.description,
    state: 'closed',
    opensAt: new Date(Date.UTC(year - 1, 9, 1)),
    closesAt: new Date(Date.UTC(year - 1, 11, 15)),
  });
  for (const [position, cat] of c.categories.entries()) {
    const catId = uuidv7();
    w.ids.set(`category:past:${cat.key}`, catId);
    await tx.insert(callCategories).values({
      id: catId,
      organisationId: w.organisationId,
      callId: id,
      key: cat.key,
      name: cat.name,
      position,
    });
  }
  return { id, start: new Date(Date.UTC(year, 0, 15)) };
}

/** Monthly measurements from the start, one entry per month (the last ones maybe unverified). */
function savingsOf(p: DemoProject, projectId: string, w: DemoWorld, start: Date) {
  const lead = w.id('user', p.lead);
  const verifier = w.id('user', 'mihaela-rus');
  return p.savings.flatMap(([metric, unit, value, months, recurrence, verified]) =>
    Array.from({ length: months }, (_, i) => {
      const from = monthStart(start, 3 + i);
      const to = new Date(monthStart(start, 4 + i).getTime() - 86_400_000);
      const signed = verified && i < months - 1;
      return {
        organisationId: w.organisationId,
        projectId,
        metric,
        customUnit: unit,
        baseline: value * 3,
        estimate: value,
        // Real measurements wobble around the estimate.
        measured: Math.round(value * (0.85 + ((i * 7) % 5) * 0.07) * 100) / 100,
        periodStart: iso(from),
        periodEnd: iso(to),
        recurrence,
        method: 'Comparat cu aceeași lună dinaintea proiectului, din registrele direcției.',
        evidence: 'Registrele lunare, la responsabilul de proiect.',
        authorId: lead,
        verifiedBy: signed ? verifier : null,
        verifiedAt: signed ? new Date(to.getTime() + 10 * 86_400_000) : null,
      };
    }),
  );
}

async function seedProject(
  tx: Tx,
  w: DemoWorld,
  call: { id: string; start: Date },
  p: DemoProject,
) {
  const o = w.organisationId;
  const proposalId = uuidv7();
  await tx.insert(proposals).values({
    id: proposalId,
    organisationId: o,
    callId: call.id,
    authorId: w.id('user', p.author),
    categoryId: w.id('category', `past:${p.category}`),
    title: p.title,
    problem: p.problem,
    solution: 'Vezi proiectul.',
    state: 'selected',
    decisionJustification: 'Economii clare, test posibil în câteva luni.',
    submittedAt: new Date(call.start.getTime() - 2 * MONTH),
    decidedAt: call.start,
    clientToken: uuidv7(),
  });
  const id = uuidv7();
  const ended = p.state === 'implemented' || p.state === 'stopped';
  await tx.insert(projects).values({
    id,
    organisationId: o,
    callId: call.id,
    categoryId: w.id('category', `past:${p.category}`),
    title: p.title,
    summary: p.problem,
    state: p.state,
    departmentId: w.id('department', p.department),
    leadId: w.id('user', p.lead),
    support: p.support,
    budgetRon: p.budgetRon,
    climateArea: p.climateArea,
    stopReason: p.stop?.[0] ?? null,
    lessonsLearnt: p.stop?.[1] ?? null,
    implementedAt: p.state === 'implemented' ? new Date(call.start.getTime() + 8 * MONTH) : null,
    stoppedAt: p.state === 'stopped' ? new Date(call.start.getTime() + 2 * MONTH) : null,
    createdBy: w.id('user', 'andrei-muresan'),
    createdAt: call.start,
    updatedAt: ended ? new Date(call.start.getTime() + 8 * MONTH) : w.now,
  });
  await tx.insert(projectProposals).values({ organisationId: o, projectId: id, proposalId });
  for (const key of p.team) {
    await tx
      .insert(projectMembers)
      .values({ organisationId: o, projectId: id, userId: w.id('user', key), role: 'team' });
  }
  await tx.insert(projectMembers).values({
    organisationId: o,
    projectId: id,
    userId: w.id('user', 'ioana-pop'),
    role: 'mentor',
  });
  // Milestones of open projects fall around today, so some are overdue (the reminders show).
  const base = ended ? call.start : monthStart(w.now, -2);
  for (const [title, months, weight, done] of p.milestones) {
    const due = monthStart(base, months);
    await tx.insert(projectMilestones).values({
      organisationId: o,
      projectId: id,
      title,
      dueOn: iso(due),
      weight,
      status: done ? 'done' : months <= 2 ? 'in_progress' : 'not_started',
      doneAt: done ? due : null,
    });
  }
  const entries = savingsOf(p, id, w, call.start);
  if (entries.length) await tx.insert(savingsEntries).values(entries);
  if (p.kpi) {
    const [name, unit, before, after] = p.kpi;
    await tx.insert(projectKpis).values({
      organisationId: o,
      projectId: id,
      name,
      unit,
      beforeValue: before,
      beforeOn: iso(call.start),
      afterValue: after,
      afterOn: after === null ? null : iso(new Date(call.start.getTime() + 9 * MONTH)),
    });
  }
  if (p.update) {
    await tx.insert(projectUpdates).values({
      organisationId: o,
      projectId: id,
      authorId: w.id('user', p.lead),
      body: p.update,
      createdAt: new Date(call.start.getTime() + 6 * MONTH),
    });
  }
  return entries.length;
}

/** A selected proposal no project delivers yet: what "new project" offers in the demo. */
async function waitingProposal(tx: Tx, w: DemoWorld, call: { id: string; start: Date }) {
  await tx.insert(proposals).values({
    organisationId: w.organisationId,
    callId: call.id,
    authorId: w.id('user', 'cristina-sabau'),
    categoryId: w.id('category', 'past:optimisation'),
    title: WAITING_TITLE,
    problem:
      'Adeverințele de salariat se tipăresc, se semnează și se scanează pentru fiecare cerere.',
    solution: 'Le emitem ca PDF semnat electronic, trimis pe e-mail.',
    state: 'selected',
    decisionJustification: 'Cerere frecventă, soluție simplă.',
    submittedAt: new Date(call.start.getTime() - 2 * MONTH),
    decidedAt: call.start,
    clientToken: uuidv7(),
  });
}

/**
 * Delivery in the demo: last year's call with a project at every stage (planned to implemented,
 * and one stopped), verified and unverified savings over many months, KPIs, updates; Mihaela Rus
 * (Economic Directorate) signs off savings.
 */
export async function seedProjects(tx: Tx, w: DemoWorld) {
  const call = await pastCall(tx, w);
  await tx
    .insert(savingsVerifiers)
    .values({ organisationId: w.organisationId, userId: w.id('user', 'mihaela-rus') });
  let entries = 0;
  for (const p of DEMO_PROJECTS) entries += await seedProject(tx, w, call, p);
  await waitingProposal(tx, w, call);
  // The demo citizen follows one project's news: signed in as them, its page says so.
  const [followed] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        eq(projects.organisationId, w.organisationId),
        eq(projects.title, DEMO_PROJECTS[0]!.title),
      ),
    );
  await tx.insert(projectFollowers).values({
    organisationId: w.organisationId,
    projectId: followed!.id,
    userId: w.id('user', 'sorin-chiorean'),
  });
  w.counts.projects = DEMO_PROJECTS.length;
  w.counts.savings_entries = entries;
}
