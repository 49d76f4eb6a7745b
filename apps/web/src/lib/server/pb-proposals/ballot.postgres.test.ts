import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { pbProjects } from '../pb/schema.ts';
import { createPbProposal, transitionPbProposal } from './commands.ts';
import { saveAnalysis } from './analysis.ts';
import { CLUJ_CRITERIA } from './criteria.ts';
import { passingAnalysis, proposalInput, proposalWorld } from './testing.ts';

/** On PostgreSQL, with real concurrent transactions (a pool of five connections). */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('putting proposals on the ballot', () => {
  test('moderators marking proposals eligible at the same moment each get the next ballot number', async () => {
    const w = await proposalWorld(database.db);
    const authors = [w.citizen, await w.newCitizen(), await w.newCitizen(), await w.newCitizen()];
    const proposals = [];
    for (const [i, a] of authors.entries())
      proposals.push(
        await createPbProposal(await w.as(a), w.process.id, proposalInput(w.domains[i]!.id)),
      );
    await w.enter('analysis');
    const mod = await w.as(w.moderator);
    const keys = CLUJ_CRITERIA.map((c) => c.key);
    for (const p of proposals) await saveAnalysis(mod, p.id, passingAnalysis(keys));

    const done = await Promise.allSettled(
      proposals.map((p) => transitionPbProposal(mod, p.id, 'mark_eligible')),
    );
    expect(done.map((d) => d.status)).toEqual(proposals.map(() => 'fulfilled'));
    const numbers = await database.db
      .select({ number: pbProjects.number })
      .from(pbProjects)
      .where(eq(pbProjects.processId, w.process.id));
    expect(numbers.map((n) => n.number).sort()).toEqual([1, 2, 3, 4]);
  });
});
