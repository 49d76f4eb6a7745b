import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation, makeUser, ctxFor } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { auditLog } from '../audit/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { castBallot } from './booth.ts';
import { countData, votesOf } from './count.ts';
import { confirmPaperBatch, enterPaperBatch, paperBatches, recordAssistedBallot } from './desk.ts';
import { addProject, getProcess, transitionProcess } from './processes.ts';
import { pbBallots, pbDeskAssists, pbPaperBatches, pbVoterRoll } from './schema.ts';
import { internalVote, pbWorld } from './testing.ts';
import { declareParticipation } from './voters.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** An internal process in voting (one vote per domain), with a moderator beside the admin. */
async function deskWorld() {
  const w = await internalVote(database.db, { kind: 'approval', perDomainMax: '1' });
  const moderator = await makeUser(database.db, w.org, ['moderator', 'employee']);
  const asModerator = await ctxFor(database.db, w.org, moderator);
  const ids = w.view.projects.map((p) => p.id);
  const numbers = w.view.projects.map((p) => p.number);
  return { ...w, moderator, asModerator, ids, numbers };
}

/** The constraint a database error names (drizzle wraps the driver's error). */
function constraintOf(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause)
    if ((e as { constraint?: string }).constraint) return (e as { constraint: string }).constraint;
  return undefined;
}

const assisted = (over: Record<string, unknown>) => ({
  documentKind: 'identity_card',
  documentNumber: 'CJ 123456',
  identityChecked: 'on',
  ...over,
});

describe('assisted ballots at the city desk', () => {
  test('by document: on the roll as assisted, who assisted recorded apart, the same document refused', async () => {
    const w = await deskWorld();
    const out = await recordAssistedBallot(
      w.asModerator,
      w.process.id,
      assisted({ project: [w.ids[0], w.ids[1]] }),
    );
    expect('receipt' in out && out.receipt).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const [roll] = await database.db
      .select()
      .from(pbVoterRoll)
      .where(eq(pbVoterRoll.processId, w.process.id));
    expect(roll).toMatchObject({ channel: 'assisted', userId: null, codeId: null });
    // The document's number is not stored, only a keyed fingerprint.
    expect(roll!.personKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(roll)).not.toContain('123456');
    const [assist] = await database.db
      .select()
      .from(pbDeskAssists)
      .where(eq(pbDeskAssists.rollId, roll!.id));
    expect(assist).toMatchObject({ assistedBy: w.moderator.id, documentKind: 'identity_card' });
    // The ballot carries nothing of the person or of who assisted.
    const [ballot] = await database.db
      .select()
      .from(pbBallots)
      .where(eq(pbBallots.processId, w.process.id));
    expect(Object.keys(ballot!).sort()).toEqual(
      [
        'batchId',
        'id',
        'invalidated',
        'organisationId',
        'points',
        'processId',
        'projectIds',
        'receiptHash',
        'voterTag',
      ].sort(),
    );
    // The audit entry says who and which document kind, never the choice.
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'pb.desk.assist'), eq(auditLog.resourceId, roll!.id)));
    expect(entry!.actorId).toBe(w.moderator.id);
    expect(JSON.stringify(entry)).not.toContain(w.ids[0]!);
    // The same document (typed differently) cannot vote again.
    await expect(
      recordAssistedBallot(
        w.asAdmin,
        w.process.id,
        assisted({ documentNumber: 'cj-123456', project: w.ids[2] }),
      ),
    ).rejects.toThrow(Conflict);
  });

  test('with an account: the person cannot vote again online', async () => {
    const w = await deskWorld();
    const employee = await ctxFor(database.db, w.org, w.employee);
    await recordAssistedBallot(
      w.asModerator,
      w.process.id,
      assisted({ email: w.employee.email.toUpperCase(), project: w.ids[0] }),
    );
    await expect(castBallot(employee, w.process.id, { project: w.ids[1] })).rejects.toThrow(
      new Conflict('pb.booth.already_voted'),
    );
    const votes = votesOf(await countData(database.db, w.process.id));
    expect(votes.get(w.ids[0]!)).toBe(1);
    expect(votes.get(w.ids[1]!) ?? 0).toBe(0);
  });

  test('bad input: identity not confirmed, unknown account, rule broken — nothing written', async () => {
    const w = await deskWorld();
    await expect(
      recordAssistedBallot(
        w.asModerator,
        w.process.id,
        assisted({ identityChecked: undefined, project: w.ids[0] }),
      ),
    ).rejects.toThrow(Invalid);
    await expect(
      recordAssistedBallot(
        w.asModerator,
        w.process.id,
        assisted({ email: 'nobody@example.org', project: w.ids[0] }),
      ),
    ).rejects.toThrow(Invalid);
    // Two projects of the same domain (project i and i + 6 share one).
    const out = await recordAssistedBallot(
      w.asModerator,
      w.process.id,
      assisted({ project: [w.ids[0], w.ids[6]] }),
    );
    expect('issues' in out && out.issues.map((i) => i.key)).toEqual(['pb.booth.domain_too_many']);
    const rows = await database.db
      .select()
      .from(pbVoterRoll)
      .where(eq(pbVoterRoll.processId, w.process.id));
    expect(rows).toEqual([]);
  });

  test('permissions: an employee may not; another organisation’s administrator does not see it', async () => {
    const w = await deskWorld();
    const employee = await ctxFor(database.db, w.org, w.employee);
    await expect(
      recordAssistedBallot(employee, w.process.id, assisted({ project: w.ids[0] })),
    ).rejects.toThrow(Forbidden);
    const other = await makeOrganisation(database.db);
    const stranger = await ctxFor(
      database.db,
      other,
      await makeUser(database.db, other, ['admin']),
    );
    await expect(
      recordAssistedBallot(stranger, w.process.id, assisted({ project: w.ids[0] })),
    ).rejects.toThrow(NotFound);
    await expect(
      enterPaperBatch(stranger, w.process.id, { ballots: String(w.numbers[0]) }),
    ).rejects.toThrow(NotFound);
    await expect(
      enterPaperBatch(employee, w.process.id, { ballots: String(w.numbers[0]) }),
    ).rejects.toThrow(Forbidden);
  });
});

describe('the desk asks what the booth asks', () => {
  /** A public process in voting, and a citizen with an account who declared nothing. */
  async function publicDesk() {
    const w = await pbWorld(database.db, {
      phase_information: '',
      phase_submission: '',
      phase_analysis: '',
      phase_appeals: '',
    });
    const { domains } = await getProcess(w.asAdmin, w.process.id);
    await addProject(w.asAdmin, w.process.id, {
      domainId: domains[0]!.id,
      title: 'Proiectul 1',
      cost: '50000',
    });
    await transitionProcess(w.asAdmin, w.process.id, 'voting');
    const view = await getProcess(w.asAdmin, w.process.id);
    return { ...w, view, project: view.projects[0]!.id };
  }

  const refusal = (e: unknown) => (e instanceof Invalid ? e.fields : e);
  const rollOf = (processId: string) =>
    database.db.select().from(pbVoterRoll).where(eq(pbVoterRoll.processId, processId));

  test('an account without a declaration is refused in a public process; declared, it votes', async () => {
    const w = await publicDesk();
    const record = () =>
      recordAssistedBallot(
        w.asAdmin,
        w.process.id,
        assisted({ email: w.citizen.email, project: w.project }),
      );
    expect(await record().catch(refusal)).toEqual({ email: 'pb.desk.no_declaration' });
    expect(await rollOf(w.process.id)).toEqual([]);
    await declareParticipation(await w.as(w.citizen), w.view.process, {
      relation: 'works',
      birthYear: String(new Date().getUTCFullYear() - 15),
      confirm: 'on',
    });
    expect(await record().catch(refusal)).toEqual({ email: 'pb.desk.too_young' });
    await declareParticipation(await w.as(w.citizen), w.view.process, {
      relation: 'works',
      birthYear: '1980',
      confirm: 'on',
    });
    expect(await record()).toHaveProperty('receipt');
    expect(await rollOf(w.process.id)).toMatchObject([
      { userId: w.citizen.id, channel: 'assisted' },
    ]);
  });

  test('an internal process: an account that is not an employee is refused', async () => {
    const w = await deskWorld();
    const outsider = await makeUser(database.db, w.org, ['participant']);
    const out = await recordAssistedBallot(
      w.asModerator,
      w.process.id,
      assisted({ email: outsider.email, project: w.ids[0] }),
    ).catch(refusal);
    expect(out).toEqual({ email: 'pb.booth.not_in_electorate' });
    expect(await rollOf(w.process.id)).toEqual([]);
  });

  test('voting closing between the read and the write: refused as closed, nothing written', async () => {
    const w = await deskWorld();
    // The process leaves voting just as the desk's transaction begins.
    const db = new Proxy(database.db, {
      get(target, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<typeof target.transaction>) => {
          await transitionProcess(w.asAdmin, w.process.id, 'validation');
          return target.transaction(...args);
        };
      },
    });
    await expect(
      recordAssistedBallot({ ...w.asModerator, db }, w.process.id, assisted({ project: w.ids[0] })),
    ).rejects.toThrow(new Conflict('pb.booth.closed'));
    expect(await rollOf(w.process.id)).toEqual([]);
  });
});

describe('paper ballots by batch, four eyes', () => {
  test('a batch counts once a second person confirmed it; its author cannot', async () => {
    const w = await deskWorld();
    const [a, b, c] = w.numbers;
    const batch = await enterPaperBatch(w.asAdmin, w.process.id, {
      ballots: `${a}, ${b}\n\n${c}\r\n${a}`,
    });
    expect(batch).toMatchObject({ number: 1, ballotCount: 3, confirmedAt: null });
    const none = votesOf(await countData(database.db, w.process.id));
    expect([...none.values()].reduce((x, y) => x + y, 0)).toBe(0);
    await expect(confirmPaperBatch(w.asAdmin, w.process.id, batch.id)).rejects.toThrow(
      new Conflict('pb.paper.same_person'),
    );
    // The database refuses it too, whoever writes.
    const forged = await database.db
      .update(pbPaperBatches)
      .set({ confirmedBy: w.admin.id, confirmedAt: new Date() })
      .where(eq(pbPaperBatches.id, batch.id))
      .catch((e: unknown) => e);
    expect(constraintOf(forged)).toBe('pb_paper_batches_four_eyes');
    await confirmPaperBatch(w.asModerator, w.process.id, batch.id);
    const votes = votesOf(await countData(database.db, w.process.id));
    expect(votes.get(w.ids[0]!)).toBe(2);
    expect(votes.get(w.ids[2]!)).toBe(1);
    await expect(confirmPaperBatch(w.asModerator, w.process.id, batch.id)).rejects.toThrow(
      new Conflict('pb.paper.already_confirmed'),
    );
    // A confirmed batch cannot be unconfirmed behind the domain's back.
    const undone = await database.db
      .update(pbPaperBatches)
      .set({ confirmedBy: null, confirmedAt: null })
      .where(eq(pbPaperBatches.id, batch.id))
      .catch((e: unknown) => e);
    expect(constraintOf(undone)).toBe('pb_paper_batches_final');
    const list = await paperBatches(
      w.asModerator,
      (await getProcess(w.asAdmin, w.process.id)).process,
    );
    expect(list.map((x) => [x.number, x.ballotCount, !!x.confirmedAt])).toEqual([[1, 3, true]]);
  });

  test('a bad line is named, and nothing of the batch is stored', async () => {
    const w = await deskWorld();
    const [a] = w.numbers;
    const tries = [
      `${a}\n999`,
      `${a}\n${a}, ${a}`,
      `${a}\nx`,
      `${a}\n${a}, ${w.numbers[6]}`,
      '  \n ',
    ];
    for (const ballots of tries) {
      const error = await enterPaperBatch(w.asAdmin, w.process.id, { ballots }).catch((e) => e);
      expect(error, ballots).toBeInstanceOf(Invalid);
      const message = (error as Invalid).fields.ballots;
      if (ballots.trim()) expect(message).toMatchObject({ params: { line: 2 } });
    }
    const [n] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(pbBallots)
      .where(eq(pbBallots.processId, w.process.id));
    expect(n!.n).toBe(0);
  });

  test('paper may still be entered and confirmed during validation, not after results', async () => {
    const w = await deskWorld();
    await transitionProcess(w.asAdmin, w.process.id, 'validation');
    const batch = await enterPaperBatch(w.asAdmin, w.process.id, {
      ballots: String(w.numbers[0]),
    });
    await confirmPaperBatch(w.asModerator, w.process.id, batch.id);
    await transitionProcess(w.asAdmin, w.process.id, 'results');
    await expect(
      enterPaperBatch(w.asAdmin, w.process.id, { ballots: String(w.numbers[0]) }),
    ).rejects.toThrow(Conflict);
  });
});
