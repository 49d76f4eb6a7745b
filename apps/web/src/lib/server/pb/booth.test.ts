import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { auditLog } from '../audit/schema.ts';
import { Conflict, Forbidden, Invalid } from '../errors.ts';
import { addProject, getProcess, transitionProcess } from './processes.ts';
import { updateBallotRule } from './rules.ts';
import { castBallot, checkReceipt, myBallot, reviewBallot } from './booth.ts';
import { generateCodes } from './codes.ts';
import { declareParticipation } from './voters.ts';
import { pbBallots, pbVoterRoll, pbVotingCodes } from './schema.ts';
import { pbWorld } from './testing.ts';
import { pbPersonalData } from './personal-data.ts';
import { users } from '../accounts/schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const NO_EXTRA_PHASES = {
  phase_information: '',
  phase_submission: '',
  phase_analysis: '',
  phase_appeals: '',
};

/** A process in voting with two projects in each of the first two domains. */
async function votingWorld(rule?: Record<string, string>) {
  const w = await pbWorld(database.db, NO_EXTRA_PHASES);
  const { domains } = await getProcess(w.asAdmin, w.process.id);
  if (rule) await updateBallotRule(w.asAdmin, w.process.id, rule);
  const costs = ['95000', '140000', '120000', '60000'];
  for (const [i, cost] of costs.entries())
    await addProject(w.asAdmin, w.process.id, {
      domainId: domains[i < 2 ? 0 : 1]!.id,
      title: `Proiectul ${i + 1}`,
      cost,
    });
  await transitionProcess(w.asAdmin, w.process.id, 'voting');
  const view = await getProcess(w.asAdmin, w.process.id);
  const ids = view.projects.map((p) => p.id);
  const citizen = await w.as(w.citizen);
  await declareParticipation(citizen, view.process, {
    relation: 'lives',
    birthYear: '1990',
    confirm: 'on',
  });
  return { ...w, view, ids, citizen };
}

const ruleFields = (over: Record<string, string>) => ({
  kind: 'approval',
  minProjects: '1',
  maxProjects: '',
  perDomainMax: '',
  budgetLimit: '',
  minBudgetSharePercent: '',
  points: '',
  maxPointsPerProject: '',
  countingRule: 'cluj',
  maxWinners: '15',
  ...over,
});

async function countsOf(processId: string) {
  const [b] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pbBallots)
    .where(eq(pbBallots.processId, processId));
  const [r] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pbVoterRoll)
    .where(eq(pbVoterRoll.processId, processId));
  return { ballots: b!.n, roll: r!.n };
}

describe('the booth under Cluj-Napoca rule (one vote per domain)', () => {
  test('two projects in one domain: a clear message; one per domain: review, cast, receipt', async () => {
    const w = await votingWorld();
    const bad = await reviewBallot(w.citizen, w.process.id, { project: [w.ids[0], w.ids[1]] });
    expect(bad.issues).toEqual([
      {
        key: 'pb.booth.domain_too_many',
        counts: { count: 2, max: 1 },
        domainId: w.view.domains[0]!.id,
      },
    ]);
    await expect(
      castBallot(w.citizen, w.process.id, { project: [w.ids[0], w.ids[1]] }),
    ).rejects.toThrow(Invalid);
    const good = await reviewBallot(w.citizen, w.process.id, { project: [w.ids[0], w.ids[2]] });
    expect(good.issues).toEqual([]);
    expect(good.total).toBe(21_500_000);
    const { receipt } = await castBallot(w.citizen, w.process.id, {
      project: [w.ids[0], w.ids[2]],
    });
    expect(receipt).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(await checkReceipt(w.citizen, w.process.id, receipt.toLowerCase())).toBe(true);
    expect(await checkReceipt(await w.as(null), w.process.id, 'AAAA-BBBB-CCCC-DDDD')).toBe(false);
    expect(await countsOf(w.process.id)).toEqual({ ballots: 1, roll: 1 });
  });

  test('changing the vote replaces the ballot: one ballot, the old receipt no longer counts', async () => {
    const w = await votingWorld();
    const first = await castBallot(w.citizen, w.process.id, { project: w.ids[0] });
    const second = await castBallot(w.citizen, w.process.id, { project: [w.ids[1], w.ids[3]] });
    expect(second.changed).toBe(true);
    expect(await checkReceipt(w.citizen, w.process.id, first.receipt)).toBe(false);
    expect(await checkReceipt(w.citizen, w.process.id, second.receipt)).toBe(true);
    expect(await countsOf(w.process.id)).toEqual({ ballots: 1, roll: 1 });
    const mine = await myBallot(w.citizen, w.view);
    expect([...mine!.keys()].sort()).toEqual([w.ids[1], w.ids[3]].sort());
  });

  test('who may not vote: a visitor, an unverified account, someone too young, no declaration', async () => {
    const w = await votingWorld();
    await expect(castBallot(await w.as(null), w.process.id, { project: w.ids[0] })).rejects.toThrow(
      Forbidden,
    );
    const unverified = await makeUser(database.db, w.org, ['participant'], {
      emailVerifiedAt: null,
    });
    await expect(
      castBallot(await w.as(unverified), w.process.id, { project: w.ids[0] }),
    ).rejects.toThrow(Conflict);
    const undeclared = await makeUser(database.db, w.org, ['participant']);
    await expect(
      castBallot(await w.as(undeclared), w.process.id, { project: w.ids[0] }),
    ).rejects.toMatchObject({
      key: 'pb.declare.needed',
    });
    const young = await w.as(await makeUser(database.db, w.org, ['participant']));
    await declareParticipation(young, w.view.process, {
      relation: 'studies',
      birthYear: String(new Date().getUTCFullYear() - 16),
      confirm: 'on',
    });
    await expect(castBallot(young, w.process.id, { project: w.ids[0] })).rejects.toMatchObject({
      key: 'pb.declare.too_young',
    });
    await expect(
      declareParticipation(young, w.view.process, { relation: 'visits', birthYear: '1990' }),
    ).rejects.toThrow(Invalid);
    expect(await countsOf(w.process.id)).toEqual({ ballots: 0, roll: 0 });
  });

  test('a forged project id or a project of another process is refused', async () => {
    const w = await votingWorld();
    const other = await votingWorld();
    const r = await reviewBallot(w.citizen, w.process.id, { project: [other.ids[0]] });
    expect(r.issues.map((i) => i.key)).toEqual(['pb.booth.unknown_project']);
    const forged = await reviewBallot(w.citizen, w.process.id, { project: ["x' or 1=1"] });
    expect(forged.issues.map((i) => i.key)).toEqual(['pb.booth.unknown_project']);
  });
});

describe('other ballot rules', () => {
  test('knapsack: "you chose 3 projects costing €… ; this ballot allows €300,000", then corrected', async () => {
    const w = await votingWorld(ruleFields({ kind: 'knapsack', budgetLimit: '300000' }));
    const over = await reviewBallot(w.citizen, w.process.id, {
      project: [w.ids[0], w.ids[1], w.ids[2]],
    });
    expect(over.issues).toEqual([
      {
        key: 'pb.booth.over_budget',
        counts: { count: 3 },
        money: { total: 35_500_000, limit: 30_000_000 },
      },
    ]);
    const fixed = await castBallot(w.citizen, w.process.id, { project: [w.ids[0], w.ids[1]] });
    expect(fixed.receipt).toBeTruthy();
  });

  test('k approvals, irrevocable (Com’ON): at most k; a second ballot is refused', async () => {
    const w = await votingWorld(ruleFields({ maxProjects: '2', irrevocable: 'on' }));
    const r = await reviewBallot(w.citizen, w.process.id, { project: w.ids.slice(0, 3) });
    expect(r.issues.map((i) => i.key)).toEqual(['pb.booth.too_many']);
    await castBallot(w.citizen, w.process.id, { project: w.ids.slice(0, 2) });
    await expect(
      castBallot(w.citizen, w.process.id, { project: [w.ids[3]] }),
    ).rejects.toMatchObject({
      key: 'pb.booth.already_voted',
    });
    expect(await countsOf(w.process.id)).toEqual({ ballots: 1, roll: 1 });
  });

  test('cumulative points: at most N in all and M per project', async () => {
    const w = await votingWorld(
      ruleFields({ kind: 'cumulative', points: '10', maxPointsPerProject: '5' }),
    );
    const p = (i: number) => `points_${w.ids[i]}`;
    const r = await reviewBallot(w.citizen, w.process.id, { [p(0)]: '6', [p(1)]: '5', [p(2)]: '' });
    expect(r.issues.map((i) => i.key)).toEqual([
      'pb.booth.points_over',
      'pb.booth.points_per_project',
    ]);
    await castBallot(w.citizen, w.process.id, { [p(0)]: '5', [p(1)]: '3' });
    const [ballot] = await database.db
      .select()
      .from(pbBallots)
      .where(eq(pbBallots.processId, w.process.id));
    expect(ballot!.points.sort()).toEqual([3, 5]);
  });
});

describe('one-time voting codes', () => {
  test('an administrator prints codes; each works once, for its process only; stored hashed', async () => {
    const w = await votingWorld();
    const { codes } = await generateCodes(w.asAdmin, w.process.id, { count: '3' });
    expect(codes).toHaveLength(3);
    const stored = await database.db
      .select()
      .from(pbVotingCodes)
      .where(eq(pbVotingCodes.processId, w.process.id));
    expect(stored.map((c) => c.codeHash)).not.toContain(codes[0]);
    expect(JSON.stringify(await database.db.select().from(auditLog))).not.toContain(codes[0]!);
    const visitor = await w.as(null);
    await castBallot(visitor, w.process.id, { code: codes[0]!.toLowerCase(), project: w.ids[0] });
    await expect(
      castBallot(visitor, w.process.id, { code: codes[0], project: w.ids[1] }),
    ).rejects.toMatchObject({
      key: 'pb.code.used',
    });
    const other = await votingWorld();
    const otherVisitor = await other.as(null);
    await expect(
      castBallot(otherVisitor, other.process.id, { code: codes[1], project: other.ids[0] }),
    ).rejects.toMatchObject({
      key: 'pb.code.unknown',
    });
    await expect(generateCodes(w.citizen, w.process.id, { count: '3' })).rejects.toThrow(Forbidden);
    await expect(generateCodes(w.asAdmin, w.process.id, { count: '5000' })).rejects.toThrow(
      Invalid,
    );
    expect(await countsOf(w.process.id)).toEqual({ ballots: 1, roll: 1 });
  });
});

describe('ballot secrecy', () => {
  test('no ballot column names a person; the roll holds no choice', () => {
    const ballotColumns = getTableConfig(pbBallots).columns.map((c) => c.name);
    expect(ballotColumns).toEqual([
      'id',
      'organisation_id',
      'process_id',
      'voter_tag',
      'receipt_hash',
      'project_ids',
      'points',
      'batch_id',
      'invalidated',
    ]);
    const rollColumns = getTableConfig(pbVoterRoll).columns.map((c) => c.name);
    expect(rollColumns.some((c) => /project|ballot|choice|points|receipt/.test(c))).toBe(false);
  });

  test('ballot ids are random, not time-ordered; tags are erased when results are published; ballots are final once voting closed', async () => {
    const w = await votingWorld();
    const voters: Ctx[] = [w.citizen];
    for (let i = 0; i < 4; i++) {
      const c = await w.as(await makeUser(database.db, w.org, ['participant']));
      await declareParticipation(c, w.view.process, {
        relation: 'works',
        birthYear: '1980',
        confirm: 'on',
      });
      voters.push(c);
    }
    for (const v of voters) await castBallot(v, w.process.id, { project: w.ids[0] });
    const ballots = await database.db
      .select()
      .from(pbBallots)
      .where(eq(pbBallots.processId, w.process.id));
    // UUID v4: version nibble 4 — no creation time inside, unlike the platform's v7 ids.
    expect(ballots.every((b) => b.id[14] === '4')).toBe(true);
    expect(ballots.every((b) => b.voterTag)).toBe(true);
    await transitionProcess(w.asAdmin, w.process.id, 'validation');
    // Validation still finds an invalidated roll entry's ballot by its tag (decision 053) …
    const during = await database.db
      .select()
      .from(pbBallots)
      .where(eq(pbBallots.processId, w.process.id));
    expect(during.every((b) => b.voterTag)).toBe(true);
    await expect(castBallot(w.citizen, w.process.id, { project: w.ids[1] })).rejects.toThrow(
      Conflict,
    );
    // … and publishing erases them: from then on nothing links a ballot to a person.
    await transitionProcess(w.asAdmin, w.process.id, 'results');
    const after = await database.db
      .select()
      .from(pbBallots)
      .where(eq(pbBallots.processId, w.process.id));
    expect(after.map((b) => b.voterTag)).toEqual(after.map(() => null));
    await expect(
      database.db
        .update(pbBallots)
        .set({ points: [2] })
        .where(eq(pbBallots.processId, w.process.id)),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ constraint: 'pb_ballots_voting_open' }),
    });
    await expect(
      database.db.delete(pbBallots).where(eq(pbBallots.processId, w.process.id)),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ constraint: 'pb_ballots_voting_open' }),
    });
  });
});

describe('personal data', () => {
  test('the export holds declarations and where they voted, never the choice; erasure keeps the count', async () => {
    const w = await votingWorld();
    await castBallot(w.citizen, w.process.id, { project: w.ids[0] });
    const user = (
      await database.db.select().from(users).where(eq(users.id, w.citizen.actor!.userId))
    )[0]!;
    const exported = await pbPersonalData.export(database.db, user);
    const text = JSON.stringify(exported);
    expect(exported.participatoryBudgeting.voted).toMatchObject([
      { changes: 0, channel: 'online' },
    ]);
    expect(exported.participatoryBudgeting.declarations[0]!.birthYear).toBe(1990);
    for (const id of w.ids) expect(text).not.toContain(id);
    const counts = await database.db.transaction((tx) =>
      pbPersonalData.erase({ ...w.citizen, db: tx }, user),
    );
    expect(counts).toEqual({ pbDeclarationsDeleted: 1, pbRollAnonymised: 1 });
    expect(await countsOf(w.process.id)).toEqual({ ballots: 1, roll: 1 });
  });
});
