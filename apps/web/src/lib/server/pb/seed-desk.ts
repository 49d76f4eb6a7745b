import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { memberships, users } from '../accounts/schema.ts';
import {
  pbBallots,
  pbDeskAssists,
  pbInvalidations,
  pbPaperBatches,
  pbProjects,
  pbVoterRoll,
} from './schema.ts';
import { sha256 } from '../secrets.ts';
import { voterTag, type Voter } from './voters.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The city desk and vote validation in this year's vote (issue 9, items 8 and 9): an assisted
 * ballot, a confirmed and an unconfirmed paper batch, and six accounts made the night before
 * from one network on a throw-away mail service — flagged — one of whose ballots an
 * administrator has invalidated.
 */
export async function seedDeskAndValidation(tx: Tx, w: DemoWorld, processId: string) {
  const person = (role: string) => w.id('user', w.data.people.find((p) => p.role === role)!.key);
  const admin = person('admin');
  const moderator = person('moderator');
  const projects = (
    await tx
      .select({ id: pbProjects.id })
      .from(pbProjects)
      .where(eq(pbProjects.processId, processId))
      .orderBy(asc(pbProjects.number))
  ).map((p) => p.id);
  const cast = async (
    voter: Voter,
    rollExtra: Partial<typeof pbVoterRoll.$inferInsert>,
    i: number,
  ) => {
    const [roll] = await tx
      .insert(pbVoterRoll)
      .values({
        organisationId: w.organisationId,
        processId,
        userId: voter.kind === 'user' ? voter.userId : null,
        personKey: voter.kind === 'person' ? voter.personKey : null,
        votedAt: new Date(w.now.getTime() - 2 * HOUR),
        ...rollExtra,
      })
      .returning({ id: pbVoterRoll.id });
    const ballot = {
      id: randomUUID(),
      organisationId: w.organisationId,
      processId,
      voterTag: voterTag(processId, voter),
      receiptHash: sha256(`demo-desk-${processId}-${i}`),
      projectIds: [projects[i % projects.length]!],
      points: [1],
    };
    await tx.insert(pbBallots).values(ballot);
    return { rollId: roll!.id, ballotId: ballot.id };
  };

  // At the desk: a resident without an account, identity card seen by the moderator.
  const assisted = await cast(
    { kind: 'person', personKey: sha256(`demo-person-${processId}`) },
    { channel: 'assisted', votedAt: new Date(w.now.getTime() - 26 * HOUR) },
    0,
  );
  await tx.insert(pbDeskAssists).values({
    organisationId: w.organisationId,
    processId,
    rollId: assisted.rollId,
    assistedBy: moderator,
    documentKind: 'identity_card',
    recordedAt: new Date(w.now.getTime() - 26 * HOUR),
  });

  // Paper: batch 1 entered by the moderator and confirmed by the administrator; batch 2
  // entered by the administrator, waiting for a second person.
  for (const [number, enteredBy, confirmedBy, count] of [
    [1, moderator, admin, 12],
    [2, admin, null, 5],
  ] as const) {
    const batchId = uuidv7();
    await tx.insert(pbPaperBatches).values({
      id: batchId,
      organisationId: w.organisationId,
      processId,
      number,
      ballotCount: count,
      enteredBy,
      enteredAt: new Date(w.now.getTime() - (30 - number) * HOUR),
      confirmedBy,
      confirmedAt: confirmedBy ? new Date(w.now.getTime() - 20 * HOUR) : null,
    });
    await tx.insert(pbBallots).values(
      Array.from({ length: count }, (_, i) => ({
        id: randomUUID(),
        organisationId: w.organisationId,
        processId,
        receiptHash: sha256(`demo-paper-${batchId}-${i}`),
        projectIds: [projects[(i * 5 + number) % projects.length]!],
        points: [1],
        batchId,
      })),
    );
  }

  // Six accounts opened within minutes of each other, from one network, on yopmail.com.
  const madeAt = w.now.getTime() - 14 * HOUR;
  const suspects = Array.from({ length: 6 }, (_, i) => ({
    id: uuidv7(madeAt + i * MINUTE),
    email: `cluj.voter.${i + 1}@yopmail.com`,
    name: `Cont nou ${i + 1}`,
    emailVerifiedAt: new Date(madeAt + i * MINUTE + 30_000),
    createdAt: new Date(madeAt + i * MINUTE),
  }));
  await tx.insert(users).values(suspects);
  await tx.insert(memberships).values(
    suspects.map((u) => ({
      organisationId: w.organisationId,
      userId: u.id,
      roles: ['participant' as const],
    })),
  );
  const cast6 = [];
  for (const [i, u] of suspects.entries())
    cast6.push(
      await cast(
        { kind: 'user', userId: u.id },
        { network: '203.0.113.0/24', votedAt: new Date(madeAt + i * MINUTE + 5 * MINUTE) },
        i + 1,
      ),
    );
  // One of them already invalidated by the administrator, with the reason.
  await tx.update(pbBallots).set({ invalidated: true }).where(eq(pbBallots.id, cast6[0]!.ballotId));
  await tx.insert(pbInvalidations).values({
    organisationId: w.organisationId,
    processId,
    rollId: cast6[0]!.rollId,
    reason: 'Cont creat cu câteva minute înainte de vot, adresă temporară, aceeași rețea.',
    invalidatedBy: admin,
    invalidatedAt: new Date(w.now.getTime() - HOUR),
  });
}
