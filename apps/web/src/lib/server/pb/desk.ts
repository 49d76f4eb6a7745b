import { randomUUID } from 'node:crypto';
import { and, asc, eq, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { hmacHex, sha256 } from '../secrets.ts';
import { parseInput } from '../validation/parse.ts';
import { choice as oneOf, email, text } from '../validation/fields.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { memberships, users } from '../accounts/schema.ts';
import { actorFor } from '../accounts/sessions.ts';
import { checkBallot, type BallotIssue, type Choice } from './ballot-rule.ts';
import { ballotContext, newReceipt, parseChoice } from './booth.ts';
import { writeBallot } from './ballot-write.ts';
import { lockProcess } from './lifecycle.ts';
import { getProcess, type ProcessView } from './processes.ts';
import {
  DOCUMENT_KINDS,
  pbBallots,
  pbDeskAssists,
  pbPaperBatches,
  type PbProcess,
} from './schema.ts';
import { eligibility, normaliseCode, voterTag, type Voter } from './voters.ts';

/**
 * The city desk (issue 9, item 8; decision 053): a staff member records a ballot for a person
 * whose identity document they checked in person, and enters paper ballots by batch, each batch
 * counting once a second person confirmed it.
 */

const assistedSchema = z.object({
  documentKind: oneOf(DOCUMENT_KINDS),
  documentNumber: text({ max: 40, min: 4 }),
  email: z.preprocess((v) => (v === '' ? undefined : v), email().optional()),
  identityChecked: z.literal('on', {
    error: 'pb.desk.identity_required' satisfies MessageKey,
  }),
});

/** The desk is open while voting is: a ballot recorded there is a ballot like any other. */
function deskView(view: ProcessView, phases: readonly PbProcess['state'][]) {
  if (!phases.includes(view.process.state)) throw new Conflict('pb.booth.closed');
  return view;
}

/** What the desk says when the account the person gave may not vote (`eligibility`'s reason). */
const REFUSED: Partial<Record<MessageKey, MessageKey>> = {
  'pb.booth.verify_email': 'pb.desk.unverified',
  'pb.declare.needed': 'pb.desk.no_declaration',
  'pb.declare.too_young': 'pb.desk.too_young',
};

/**
 * The person's account, if it may vote here: the booth's own `eligibility` (pb.vote — verified
 * address, employees for an internal process — and the declaration of a public one), asked as
 * that person, so the desk is no way round the electorate.
 */
async function eligibleAccount(ctx: Ctx, process: PbProcess, email: string): Promise<Voter> {
  const [user] = await ctx.db
    .select({ user: users })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.email, email), eq(memberships.organisationId, ctx.org.id)));
  if (!user) throw new Invalid({ email: 'pb.desk.no_account' });
  const person = { ...ctx, actor: await actorFor(ctx.db, user.user, ctx.org.id) };
  const e = await eligibility(person, process);
  if (!e.ok) throw new Invalid({ email: REFUSED[e.reason] ?? e.reason });
  return e.voter;
}

/** Who the person is on the roll: their account if they have one, else their document. */
async function deskVoter(
  ctx: Ctx,
  process: PbProcess,
  fields: z.output<typeof assistedSchema>,
): Promise<Voter> {
  if (fields.email) return eligibleAccount(ctx, process, fields.email);
  // A keyed hash of the document (never the number itself): the same document cannot vote
  // twice in this process, and the database holds nothing that names the person.
  const number = normaliseCode(fields.documentNumber);
  return {
    kind: 'person',
    personKey: hmacHex('pb-ballot', `person:${process.id}:${fields.documentKind}:${number}`),
  };
}

export type DeskOutcome =
  | { issues: BallotIssue[]; choice: Choice; view: ProcessView }
  | { receipt: string; view: ProcessView };

/**
 * Records a ballot on a person's behalf, in one transaction: the person goes on the roll (as
 * their account, so they cannot vote again online, or as their document), the ballot is written
 * like the booth's — random id, no time, no voter — and who assisted, with the kind of document
 * seen, is recorded beside the roll entry and in the audit log, never beside the ballot. Desk
 * ballots are final. A choice that breaks the rule comes back with the booth's messages.
 */
export async function recordAssistedBallot(
  ctx: Ctx,
  processId: string,
  input: unknown,
): Promise<DeskOutcome> {
  const view = deskView(await getProcess(ctx, processId), ['voting']);
  authorize(ctx.actor, 'pb.desk.record', view.process);
  const fields = parseInput(assistedSchema, input);
  const choice = parseChoice(view, input);
  if (!choice) return { issues: [{ key: 'pb.booth.unknown_project' }], choice: new Map(), view };
  const issues = checkBallot(ballotContext(view), choice);
  if (issues.length) return { issues, choice, view };
  const voter = await deskVoter(ctx, view.process, fields);
  const receipt = newReceipt();
  await inTransaction(ctx, async (tx) => {
    // The phase again, under the process's lock: voting may have closed since it was read, and
    // the ballot trigger would refuse the write (pb_ballots_voting_open) with a bare error.
    const { process } = await lockProcess(tx, processId);
    if (process.state !== 'voting') throw new Conflict('pb.booth.closed');
    const { rollId } = await writeBallot(tx, {
      processId: view.process.id,
      voter,
      final: true,
      tag: voterTag(view.process.id, voter),
      receiptHash: sha256(normaliseCode(receipt)),
      choice,
      channel: 'assisted',
    });
    await tx.db.insert(pbDeskAssists).values({
      organisationId: ctx.org.id,
      processId: view.process.id,
      rollId,
      assistedBy: ctx.actor!.userId,
      documentKind: fields.documentKind,
      recordedAt: tx.now(),
    });
    await recordAudit(tx.db, tx, {
      action: 'pb.desk.assist',
      resourceType: 'pb_voter_roll',
      resourceId: rollId,
      after: { documentKind: fields.documentKind, withAccount: voter.kind === 'user' },
    });
  });
  return { receipt, view };
}

const paperSchema = z.object({ ballots: text({ max: 200_000, multiline: true }) });

/**
 * One paper ballot per line: the projects' public numbers, separated by commas or spaces; for
 * a cumulative ballot `number:points`. Each line is checked against the ballot rule; the first
 * line that fails is named in the message.
 */
export function parsePaperBallots(view: ProcessView, raw: string): Choice[] {
  const byNumber = new Map(view.projects.map((p) => [p.number, p.id]));
  const lines = raw.split('\n').map((l) => l.trim());
  const ballots: Choice[] = [];
  lines.forEach((line, i) => {
    if (!line) return;
    const choice = new Map<string, number>();
    for (const token of line.split(/[\s,;]+/).filter(Boolean)) {
      const m = /^(\d{1,6})(?::(\d{1,6}))?$/.exec(token);
      const id = m ? byNumber.get(Number(m[1])) : undefined;
      if (!m || !id || choice.has(id))
        throw new Invalid({
          ballots: { key: 'pb.paper.line_unknown', params: { line: i + 1, token } },
        });
      choice.set(id, m[2] === undefined ? 1 : Number(m[2]));
    }
    const issues = checkBallot(ballotContext(view), choice);
    if (issues.length)
      throw new Invalid({ ballots: { key: 'pb.paper.line_rule', params: { line: i + 1 } } });
    ballots.push(choice);
  });
  if (!ballots.length) throw new Invalid({ ballots: 'form.required' });
  return ballots;
}

/**
 * Enters a batch of paper ballots. They are stored like any ballot (random id, no voter) with
 * their batch, and do not count until another person confirms the batch.
 */
export async function enterPaperBatch(ctx: Ctx, processId: string, input: unknown) {
  const view = deskView(await getProcess(ctx, processId), ['voting', 'validation']);
  authorize(ctx.actor, 'pb.desk.record', view.process);
  const { ballots: raw } = parseInput(paperSchema, input);
  const ballots = parsePaperBallots(view, raw);
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    const [top] = await tx.db
      .select({ n: max(pbPaperBatches.number) })
      .from(pbPaperBatches)
      .where(eq(pbPaperBatches.processId, process.id));
    const [batch] = await tx.db
      .insert(pbPaperBatches)
      .values({
        organisationId: ctx.org.id,
        processId: process.id,
        number: (top?.n ?? 0) + 1,
        ballotCount: ballots.length,
        enteredBy: ctx.actor!.userId,
        enteredAt: tx.now(),
      })
      .returning();
    await tx.db.insert(pbBallots).values(
      ballots.map((choice) => ({
        id: randomUUID(),
        organisationId: ctx.org.id,
        processId: process.id,
        // Paper has no receipt: a random value fills the unique column and matches nothing.
        receiptHash: sha256(`paper:${randomUUID()}`),
        projectIds: [...choice.keys()],
        points: [...choice.values()],
        batchId: batch!.id,
      })),
    );
    await recordAudit(tx.db, tx, {
      action: 'pb.paper.enter',
      resourceType: 'pb_process',
      resourceId: process.id,
      after: { batch: batch!.number, ballots: ballots.length },
    });
    return batch!;
  });
}

/**
 * A second person confirms a batch: from then on its ballots count. The one who entered it
 * cannot (here, and by the check constraint `pb_paper_batches_four_eyes`).
 */
export async function confirmPaperBatch(ctx: Ctx, processId: string, batchId: string) {
  if (!isUuid(batchId)) throw new NotFound('pb_paper_batch');
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.desk.record', process);
    if (process.state !== 'voting' && process.state !== 'validation')
      throw new Conflict('pb.booth.closed');
    const [batch] = await tx.db
      .select()
      .from(pbPaperBatches)
      .where(and(eq(pbPaperBatches.id, batchId), eq(pbPaperBatches.processId, process.id)))
      .for('update');
    if (!batch) throw new NotFound('pb_paper_batch');
    if (batch.confirmedAt) throw new Conflict('pb.paper.already_confirmed');
    if (batch.enteredBy === tx.actor!.userId) throw new Conflict('pb.paper.same_person');
    const [after] = await tx.db
      .update(pbPaperBatches)
      .set({ confirmedBy: tx.actor!.userId, confirmedAt: tx.now() })
      .where(eq(pbPaperBatches.id, batch.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'pb.paper.confirm',
      resourceType: 'pb_process',
      resourceId: process.id,
      after: { batch: batch.number, ballots: batch.ballotCount },
    });
    return after!;
  });
}

const enterer = alias(users, 'enterer');
const confirmer = alias(users, 'confirmer');

/** The process's paper batches, with who entered and who confirmed each. */
export async function paperBatches(ctx: Ctx, process: PbProcess) {
  authorize(ctx.actor, 'pb.desk.record', process);
  return ctx.db
    .select({
      id: pbPaperBatches.id,
      number: pbPaperBatches.number,
      ballotCount: pbPaperBatches.ballotCount,
      enteredAt: pbPaperBatches.enteredAt,
      enteredBy: pbPaperBatches.enteredBy,
      enteredByName: sql<string | null>`${enterer.name}`,
      confirmedAt: pbPaperBatches.confirmedAt,
      confirmedByName: sql<string | null>`${confirmer.name}`,
    })
    .from(pbPaperBatches)
    .leftJoin(enterer, eq(enterer.id, pbPaperBatches.enteredBy))
    .leftJoin(confirmer, eq(confirmer.id, pbPaperBatches.confirmedBy))
    .where(eq(pbPaperBatches.processId, process.id))
    .orderBy(asc(pbPaperBatches.number));
}
