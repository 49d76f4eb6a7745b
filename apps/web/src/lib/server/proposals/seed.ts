import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { proposals } from './schema.ts';
import { detailsOf, seedReviewStages } from './seed-stages.ts';

/** The open call's proposals: submitted ones spread over the last weeks, and a few drafts. */
export async function seedProposals(tx: Tx, w: DemoWorld) {
  // Those in evaluation belong to the jury's blind demo call (evaluation/seed.ts), only there.
  const list = w.data.proposals.filter((p) => p.status !== 'in_evaluation');
  for (const [i, p] of list.entries()) {
    const draft = p.status === 'draft';
    const at = new Date(w.now.getTime() - (list.length - i) * 3_600_000 * 7);
    const id = uuidv7();
    w.ids.set(`proposal:current:${p.key}`, id);
    await tx.insert(proposals).values({
      id,
      ...detailsOf(w, p),
      organisationId: w.organisationId,
      callId: w.id('call', 'current'),
      authorId: w.id('user', p.authorKeys[0]!),
      categoryId: w.id('category', `current:${p.category}`),
      title: p.title.ro,
      problem: p.problem.ro,
      solution: p.solution.ro,
      state: draft ? 'draft' : 'submitted',
      submittedAt: draft ? null : at,
      clientToken: uuidv7(),
      createdAt: at,
      updatedAt: at,
    });
  }
  w.counts.proposals = list.length + (await seedReviewStages(tx, w));
}
