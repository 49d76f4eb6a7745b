import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { auditLog } from '../audit/schema.ts';
import { Conflict, Forbidden } from '../errors.ts';
import { castBallot } from './booth.ts';
import { countData, recount, votesOf } from './count.ts';
import { confirmPaperBatch, enterPaperBatch, recordAssistedBallot } from './desk.ts';
import { getProcess, transitionProcess } from './processes.ts';
import { getResults } from './results.ts';
import { ruleLab } from './lab.ts';
import { pbBallots, pbResults, pbVoterRoll } from './schema.ts';
import { electorate, internalVote } from './testing.ts';
import { anomalies, invalidateBallot, voteStatistics } from './validation.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const at = (iso: string) => () => new Date(iso);

/**
 * A process with: 25 voters in one minute (a burst), 5 of them new accounts from one /24, one
 * voter on a disposable address in a quiet minute, two more in quiet minutes, one assisted
 * ballot and a confirmed and an unconfirmed paper batch.
 */
async function validationWorld() {
  const w = await internalVote(database.db, { kind: 'approval', perDomainMax: '1' });
  const ids = w.view.projects.map((p) => p.id);
  const actors = await electorate(database.db, w.org, 28);
  const ctx = (i: number, now: () => Date): Ctx => ({
    db: database.db,
    org: w.org,
    actor: actors[i]!,
    now,
  });
  for (let i = 0; i < 25; i++)
    await castBallot(
      ctx(i, at('2026-12-02T09:30:10Z')),
      w.process.id,
      { project: ids[0] },
      {
        ip: i < 5 ? `203.0.113.${10 + i}` : `198.51.${i}.7`,
      },
    );
  for (let i = 25; i < 28; i++)
    await castBallot(ctx(i, at(`2026-12-02T1${i - 25}:05:00Z`)), w.process.id, {
      project: ids[1],
    });
  const disposable = await makeUser(database.db, w.org, ['employee'], {
    email: `someone-${crypto.randomUUID().slice(0, 8)}@mailinator.com`,
  });
  await castBallot(
    await ctxFor(database.db, w.org, disposable, at('2026-12-02T15:00:00Z')),
    w.process.id,
    { project: ids[2] },
  );
  const moderator = await makeUser(database.db, w.org, ['moderator', 'employee']);
  const asModerator = await ctxFor(database.db, w.org, moderator);
  await recordAssistedBallot(asModerator, w.process.id, {
    documentKind: 'passport',
    documentNumber: '055123456',
    identityChecked: 'on',
    project: ids[3],
  });
  const numbers = w.view.projects.map((p) => p.number);
  const confirmed = await enterPaperBatch(w.asAdmin, w.process.id, {
    ballots: `${numbers[4]}\n${numbers[4]}`,
  });
  await confirmPaperBatch(asModerator, w.process.id, confirmed.id);
  await enterPaperBatch(w.asAdmin, w.process.id, { ballots: `${numbers[5]}` });
  return { ...w, ids, actors, disposable, asModerator };
}

describe('vote validation', () => {
  test('statistics per channel, day and hour; anomalies flagged by network, domain and burst', async () => {
    const w = await validationWorld();
    const { process } = await getProcess(w.asAdmin, w.process.id);
    const stats = await voteStatistics(w.asAdmin, process);
    expect(stats.perChannel).toEqual({
      online: 29,
      code: 0,
      assisted: 1,
      paper: 2,
      paper_unconfirmed: 1,
    });
    expect(stats.perDay.reduce((n, d) => n + d.n, 0)).toBe(30);
    expect(stats.perHour.reduce((n, d) => n + d.n, 0)).toBe(30);
    const flagged = await anomalies(w.asAdmin, process);
    const network = flagged.filter((f) => f.flags.includes('network'));
    expect(network.map((f) => f.network)).toEqual(Array(5).fill('203.0.113.0/24'));
    expect(flagged.filter((f) => f.flags.includes('burst'))).toHaveLength(25);
    const dispo = flagged.filter((f) => f.flags.includes('disposable'));
    expect(dispo.map((f) => f.email)).toEqual([w.disposable.email]);
    // Roll entries only: nothing of what anyone chose.
    expect(JSON.stringify(flagged)).not.toContain(w.ids[0]!);
  });

  test('invalidating: before results only, with a reason, audited; left out of the count and the .pb', async () => {
    const w = await validationWorld();
    const [entry] = await database.db
      .select()
      .from(pbVoterRoll)
      .where(and(eq(pbVoterRoll.processId, w.process.id), eq(pbVoterRoll.userId, w.disposable.id)));
    const input = { rollId: entry!.id, reason: 'Adresă de unică folosință, cont creat azi.' };
    await transitionProcess(w.asAdmin, w.process.id, 'validation');
    const employee = await ctxFor(database.db, w.org, w.employee);
    await expect(invalidateBallot(employee, w.process.id, input)).rejects.toThrow(Forbidden);
    const before = votesOf(await countData(database.db, w.process.id));
    expect(before.get(w.ids[2]!)).toBe(1);
    await invalidateBallot(w.asAdmin, w.process.id, input);
    const after = votesOf(await countData(database.db, w.process.id));
    expect(after.get(w.ids[2]!)).toBe(0);
    expect(after.get(w.ids[0]!)).toBe(25);
    await expect(invalidateBallot(w.asAdmin, w.process.id, input)).rejects.toThrow(Conflict);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'pb.validation.invalidate'), eq(auditLog.resourceId, entry!.id)),
      );
    expect(audit!.actorId).toBe(w.admin.id);
    expect(JSON.stringify(audit)).not.toContain(w.ids[2]!);
    const { process } = await getProcess(w.asAdmin, w.process.id);
    expect((await voteStatistics(w.asAdmin, process)).invalidated).toBe(1);
    // Published: the .pb file holds the counted ballots only (29 online and 1 assisted, 2 on
    // confirmed paper — not the unconfirmed batch — less the invalidated one), and the tags and
    // network prefixes are gone.
    await transitionProcess(w.asAdmin, w.process.id, 'results');
    await expect(invalidateBallot(w.asAdmin, w.process.id, input)).rejects.toThrow(
      new Conflict('pb.validation.not_now'),
    );
    const [result] = await database.db
      .select()
      .from(pbResults)
      .where(eq(pbResults.processId, w.process.id));
    expect(recount(result!.pbFile).election.voters).toHaveLength(30 + 2 - 1);
    const ballots = await database.db
      .select()
      .from(pbBallots)
      .where(eq(pbBallots.processId, w.process.id));
    expect(ballots.every((b) => b.voterTag === null)).toBe(true);
    const roll = await database.db
      .select()
      .from(pbVoterRoll)
      .where(eq(pbVoterRoll.processId, w.process.id));
    expect(roll.every((r) => r.network === null)).toBe(true);
  });
  test('while ballots may be invalidated nobody reads a count: a count before and after an invalidation would tell how that voter chose', async () => {
    const w = await validationWorld();
    for (const phase of ['voting', 'validation'] as const) {
      if (phase === 'validation') await transitionProcess(w.asAdmin, w.process.id, phase);
      for (const who of [w.asAdmin, w.asModerator]) {
        await expect(getResults(who, w.process.id)).rejects.toThrow(Forbidden);
        await expect(ruleLab(who, w.process.id)).rejects.toThrow(Forbidden);
      }
    }
    await transitionProcess(w.asAdmin, w.process.id, 'results');
    expect((await getResults(w.asModerator, w.process.id)).published).not.toBeNull();
    expect((await ruleLab(w.asAdmin, w.process.id)).rules).toHaveLength(3);
  });
});
