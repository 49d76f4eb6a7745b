import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { memberships, users } from '../accounts/schema.ts';
import { departments, type Organisation } from '../organisations/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { projectMembers, projectProposals, projects, savingsEntries } from './schema.ts';
import { CLIMATE_AREAS, METRICS, PROJECT_STATES, RECURRENCES } from './states.ts';

/** A small seeded random generator (mulberry32): the same data on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return { next, pick, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const day = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Fills an organisation with delivery data at scale, straight into the tables (for the totals
 * test and the benchmark): calls with categories, departments, staff, one selected proposal per
 * project plus as many submitted ones, projects in every state, and savings entries of every
 * metric over several years, most of them verified by someone other than their author.
 */
export async function fillImpact(
  db: Db,
  org: Organisation,
  size: { projects: number; entries: number; seed?: number },
) {
  const r = random(size.seed ?? 7);
  const o = org.id;
  const people = Array.from({ length: 40 }, (_, i) => ({
    id: uuidv7(),
    email: `bulk-${i}-${uuidv7().slice(-8)}@primariaclujnapoca.ro`,
    name: `Angajat ${i}`,
    emailVerifiedAt: new Date(),
  }));
  await db.insert(users).values(people);
  await db
    .insert(memberships)
    .values(people.map((p) => ({ organisationId: o, userId: p.id, roles: ['employee'] })));
  const depts = Array.from({ length: 8 }, (_, i) => ({
    id: uuidv7(),
    organisationId: o,
    key: `bulk-dept-${i}`,
    name: { ro: `Direcția ${i}`, en: `Directorate ${i}` },
  }));
  await db.insert(departments).values(depts);
  const calls = [2024, 2025, 2026].map((y) => ({
    id: uuidv7(),
    organisationId: o,
    title: { ro: `Innovato-R ${y}`, en: `Innovato-R ${y}` },
    description: { ro: 'Apel' },
    state: 'closed' as const,
    opensAt: new Date(Date.UTC(y, 0, 10)),
    closesAt: new Date(Date.UTC(y, 2, 31)),
  }));
  await db.insert(innovationCalls).values(calls);
  const keys = ['optimisation', 'communication', 'quality', 'sustainability'];
  const cats = calls.flatMap((c) =>
    keys.map((key, position) => ({
      id: uuidv7(),
      organisationId: o,
      callId: c.id,
      key,
      name: { ro: key, en: key },
      position,
    })),
  );
  await db.insert(callCategories).values(cats);

  const proposalRows: (typeof proposals.$inferInsert)[] = [];
  const projectRows: (typeof projects.$inferInsert)[] = [];
  const links: (typeof projectProposals.$inferInsert)[] = [];
  const members: (typeof projectMembers.$inferInsert)[] = [];
  for (let i = 0; i < size.projects * 2; i++) {
    const call = r.pick(calls);
    const cat = r.pick(cats.filter((c) => c.callId === call.id));
    const selected = i < size.projects;
    const at = new Date(call.opensAt.getTime() + r.int(1, 60) * 86_400_000);
    const proposalId = uuidv7();
    proposalRows.push({
      id: proposalId,
      organisationId: o,
      callId: call.id,
      authorId: r.pick(people).id,
      categoryId: cat.id,
      title: `Propunere ${i}`,
      problem: 'Problema',
      solution: 'Soluția',
      state: selected ? 'selected' : 'submitted',
      decisionJustification: selected ? 'Selectată' : null,
      submittedAt: at,
      clientToken: uuidv7(),
    });
    if (!selected) continue;
    const state = r.pick(PROJECT_STATES);
    const project = {
      id: uuidv7(),
      organisationId: o,
      callId: call.id,
      categoryId: cat.id,
      title: `Proiect ${i}`,
      state,
      departmentId: r.pick(depts).id,
      leadId: r.pick(people).id,
      climateArea: r.next() < 0.6 ? r.pick(CLIMATE_AREAS) : null,
      stopReason: state === 'stopped' ? 'Fără buget' : null,
      lessonsLearnt: state === 'stopped' ? 'Planificare' : null,
      implementedAt: state === 'implemented' ? at : null,
      createdAt: new Date(at.getTime() + 90 * 86_400_000),
    };
    projectRows.push(project);
    links.push({ organisationId: o, projectId: project.id, proposalId });
    const mate = r.pick(people).id;
    if (mate !== project.leadId)
      members.push({ organisationId: o, projectId: project.id, userId: mate, role: 'team' });
  }
  await insertAll(proposalRows, (b) => db.insert(proposals).values(b));
  await insertAll(projectRows, (b) => db.insert(projects).values(b));
  await insertAll(links, (b) => db.insert(projectProposals).values(b));
  await insertAll(members, (b) => db.insert(projectMembers).values(b));

  const entries: (typeof savingsEntries.$inferInsert)[] = [];
  for (let i = 0; i < size.entries; i++) {
    const project = r.pick(projectRows);
    const metric = r.pick(METRICS);
    const y = r.int(2024, 2026);
    const m = r.int(1, 12);
    const author = r.pick(people).id;
    const verifier = r.next() < 0.7 ? r.pick(people.filter((p) => p.id !== author)).id : null;
    entries.push({
      organisationId: o,
      projectId: project.id!,
      metric,
      customUnit: metric === 'custom' ? r.pick(['formulare', 'vizite']) : null,
      baseline: r.int(100, 100000),
      estimate: r.int(10, 5000),
      measured: r.next() < 0.95 ? r.int(1, 500000) / 100 : verifier ? 1 : null,
      periodStart: day(y, m, 1),
      periodEnd: day(y, m, 28),
      recurrence: r.pick(RECURRENCES),
      method: 'Măsurat din registre',
      authorId: author,
      verifiedBy: verifier,
      verifiedAt: verifier ? new Date(Date.UTC(y, m, 5)) : null,
    });
  }
  await insertAll(entries, (b) => db.insert(savingsEntries).values(b));
  return { projects: projectRows.length, entries: entries.length, departments: depts, calls };
}
