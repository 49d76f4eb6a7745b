import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { seedDemo } from '../seed/demo.ts';
import demo from '../seed/cluj-demo.json' with { type: 'json' };
import { organisations, departments } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { ctxFor } from '../testing/factories.ts';
import { exportPersonalData } from '../privacy/export-personal-data.ts';
import { assignmentView, myAssignments } from './evaluator-views.ts';
import { callResultsPage } from './results.ts';
import { evaluationProgress } from './admin-views.ts';
import { JURY_STAGES } from './seed.ts';
import { DEMO_PROJECTS } from '../projects/seed-data.ts';
import { postComment } from '../co-development/comments.ts';
import { coDevelopmentOf } from '../co-development/page.ts';
import { filesOn } from '../files/list.ts';
import { openFile } from '../files/download.ts';
import { bytesContain } from '../files/testing.ts';

/**
 * The demo organisation as the seed makes it: the blind call in evaluation and last year's
 * published call; and everything the demo evaluator can reach through the domain holds no
 * author's name, e-mail or department (the browser test walks the pages too).
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db, new Date('2026-12-02T09:00:00Z'));
});
afterAll(() => database.close());

async function demoWorld() {
  const [org] = await database.db.select().from(organisations);
  const user = async (key: string) => {
    const email = demo.people.find((p) => p.key === key)!.email;
    const [u] = await database.db.select().from(users).where(eq(users.email, email));
    return ctxFor(database.db, org!, u!);
  };
  return { org: org!, user };
}

/** Names, e-mails and departments of the authors of the proposals in evaluation. */
async function blindCallSecrets() {
  const inEvaluation = demo.proposals.filter((p) => JURY_STAGES[p.status] === 'evaluation');
  const people = demo.people.filter((p) => inEvaluation.some((x) => x.authorKeys.includes(p.key)));
  const depts = await database.db.select({ name: departments.name }).from(departments);
  const keys = new Set(people.map((p) => p.department));
  const deptNames = demo.departments
    .filter((d) => keys.has(d.key))
    .flatMap((d) => Object.values(d.name as Record<string, string>));
  expect(depts.length).toBeGreaterThan(0);
  return [...people.flatMap((p) => [p.name, p.email]), ...deptNames];
}

describe('the jury’s demo', () => {
  test('the blind call: three evaluators on each proposal, a conflict, scores half in', async () => {
    const { user } = await demoWorld();
    const admin = await user('andrei-muresan');
    const [p] = await database.db
      .select({ callId: proposals.callId })
      .from(proposals)
      .where(eq(proposals.state, 'in_evaluation'));
    const progress = await evaluationProgress(admin, p!.callId);
    expect(progress.totals).toMatchObject({ proposals: 3, assignments: 8, conflicts: 1 });
    expect(progress.totals.done).toBeGreaterThan(0);
    expect(progress.totals.done).toBeLessThan(8);
    const mine = await myAssignments(await user('mihaela-rus'));
    const here = mine.assignments.filter((a) => a.state === 'in_evaluation');
    expect(here).toHaveLength(3);
    expect(here.filter((a) => !a.scoredAt).length).toBeGreaterThan(0);
  });

  test('last year’s call: decided, results published with their figures', async () => {
    const { org } = await demoWorld();
    const [selected] = await database.db
      .select({ callId: proposals.callId })
      .from(proposals)
      .where(and(eq(proposals.state, 'selected'), eq(proposals.organisationId, org.id)));
    const page = await callResultsPage(await ctxFor(database.db, org, null), selected!.callId);
    // The projects' selected proposals (and any still waiting for one), and two turned down.
    const result = (await database.db.execute(
      sql`select count(*)::int as n from proposals where call_id = ${selected!.callId} and state = 'selected'`,
    )) as unknown as { rows: { n: number }[] };
    const n = result.rows[0]!.n;
    expect(n).toBeGreaterThanOrEqual(DEMO_PROJECTS.length);
    expect(page.selected).toHaveLength(n);
    expect(page.selected.every((s) => (s.justification ?? '').length > 10)).toBe(true);
    expect(page.result.figures).toMatchObject({ proposals: n + 2, selected: n });
  });

  test('what the demo evaluator reaches through the domain names no author of the blind call', async () => {
    const { user } = await demoWorld();
    const me = await user('mihaela-rus');
    const secrets = await blindCallSecrets();
    expect(secrets.length).toBeGreaterThan(5);
    const reached: unknown[] = [await myAssignments(me)];
    for (const a of (await myAssignments(me)).assignments) {
      reached.push(await assignmentView(me, a.assignmentId));
    }
    reached.push(await exportPersonalData(me));
    // The conversation under each proposal of the blind call: its authors take part in it.
    const blind = await database.db
      .select({ id: proposals.id, authorId: proposals.authorId })
      .from(proposals)
      .where(eq(proposals.state, 'in_evaluation'));
    expect(blind.length).toBeGreaterThan(0);
    for (const p of blind) {
      const [author] = await database.db.select().from(users).where(eq(users.id, p.authorId));
      const asAuthor = await ctxFor(database.db, (await demoWorld()).org, author!);
      await postComment(asAuthor, p.id, { body: `${author!.name} (${author!.email}) explică.` });
      reached.push(await coDevelopmentOf(me, p, 1));
    }
    const text = JSON.stringify(reached);
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
  });

  test('every attachment the demo evaluator downloads holds no author of the blind call, in any byte', async () => {
    const { user } = await demoWorld();
    const me = await user('mihaela-rus');
    const secrets = await blindCallSecrets();
    let downloaded = 0;
    for (const a of (await myAssignments(me)).assignments.filter(
      (x) => x.state === 'in_evaluation',
    )) {
      const view = await assignmentView(me, a.assignmentId);
      const { files } = await filesOn(me, 'proposal', view.proposal.id);
      expect(JSON.stringify(files)).not.toMatch(/Sab|@/);
      for (const f of files) {
        const d = await openFile(me, f.id);
        expect(d.name).toMatch(/^attachment-\d+\.\w+$/);
        for (const secret of secrets) expect(bytesContain(d.bytes, secret), secret).toBe(false);
        downloaded += 1;
      }
    }
    // The seed puts a document on each of the blind call's proposals: the walk found them.
    expect(downloaded).toBeGreaterThanOrEqual(3);
  });
});
