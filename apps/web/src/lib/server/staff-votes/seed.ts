import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import type { DemoWorld } from '../seed/world.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { CLUJ_BALLOT } from '../pb/ballot-rule.ts';
import { pbBallots, pbProcesses, pbProjects, pbVoterRoll } from '../pb/schema.ts';
import { sha256 } from '../secrets.ts';
import { voterTag } from '../pb/voters.ts';
import { ballotProposals, buildStaffVote } from './ballot.ts';

const DAY = 86_400_000;

/** Who has voted so far, and for which projects of the ballot (their numbers, from 1). */
const DEMO_BALLOTS: [string, number[]][] = [
  ['anamaria-pintea', [1, 3]],
  ['kinga-szabo', [3]],
  ['vlad-oltean', [1, 3]],
  ['simona-barsan', [2, 3]],
  ['lucian-todea', [1]],
  ['alexandra-cozma', [3, 2]],
];

/**
 * The blind call in evaluation has a staff vote in its voting phase (decision 058): its
 * proposals on the ballot without their authors, up to two choices each, counted with Cluj's
 * rule; six employees have voted. The demo employee has not: the booth is theirs to try.
 */
export async function seedStaffVotes(tx: Tx, w: DemoWorld) {
  const callId = w.id('call', 'evaluation');
  const [call] = await tx.select().from(innovationCalls).where(eq(innovationCalls.id, callId));
  const categories = await tx
    .select()
    .from(callCategories)
    .where(eq(callCategories.callId, callId));
  const list = await ballotProposals(tx, w.organisationId, callId);
  const { process } = await buildStaffVote(
    tx,
    {
      call: { ...call!, categories },
      rule: { ...CLUJ_BALLOT, perDomainMax: null, maxProjects: 2 },
      countingRule: 'cluj',
      maxWinners: 2,
      opensAt: new Date(w.now.getTime() - 2 * DAY),
      closesAt: new Date(w.now.getTime() + 5 * DAY),
      resultsAt: new Date(w.now.getTime() + 6 * DAY),
      createdBy: w.id('user', 'andrei-muresan'),
    },
    list,
  );
  w.ids.set('staffvote:evaluation', process.id);
  await tx
    .update(pbProcesses)
    .set({ state: 'voting', votingOpenedAt: new Date(w.now.getTime() - 2 * DAY) })
    .where(eq(pbProcesses.id, process.id));
  await seedBallots(tx, w, process.id);
  w.counts.staffVotes = 1;
}

async function seedBallots(tx: Tx, w: DemoWorld, processId: string) {
  const numbered = new Map(
    (
      await tx
        .select({ id: pbProjects.id, number: pbProjects.number })
        .from(pbProjects)
        .where(eq(pbProjects.processId, processId))
    ).map((p) => [p.number, p.id]),
  );
  for (const [i, [person, numbers]] of DEMO_BALLOTS.entries()) {
    const chosen = numbers.map((n) => numbered.get(n)).filter((id) => id !== undefined);
    if (!chosen.length) continue;
    const userId = w.id('user', person);
    await tx.insert(pbVoterRoll).values({
      organisationId: w.organisationId,
      processId,
      userId,
      votedAt: new Date(w.now.getTime() - (DAY * (i + 1)) / 4),
    });
    await tx.insert(pbBallots).values({
      id: randomUUID(),
      organisationId: w.organisationId,
      processId,
      voterTag: voterTag(processId, { kind: 'user', userId }),
      receiptHash: sha256(`demo-staff-vote-${processId}-${i}`),
      projectIds: chosen,
      points: chosen.map(() => 1),
    });
  }
}
