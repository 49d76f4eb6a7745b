import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { callCategories, callCriteria, innovationCalls } from './schema.ts';
import { DEFAULT_CHECKLIST } from './default-categories.ts';
import { DEFAULT_RUBRIC } from './rubric.ts';

/**
 * Today's open internal call (Innovato-R): its four categories, the default formal checklist and
 * rubric, its phases, a team size and the support on offer.
 */
export async function seedCalls(tx: Tx, w: DemoWorld) {
  const c = w.data.innovationCall;
  const callId = uuidv7();
  w.ids.set('call:current', callId);
  const admin = w.data.people.find((p) => p.role === 'admin')!;
  await tx.insert(innovationCalls).values({
    id: callId,
    organisationId: w.organisationId,
    title: c.title,
    description: c.description,
    audience: 'internal',
    state: 'open',
    opensAt: new Date(w.now.getTime() - 30 * 86_400_000),
    closesAt: new Date(Date.UTC(w.now.getUTCFullYear() + 1, 2, 31, 20, 59)),
    evaluationEndsAt: new Date(Date.UTC(w.now.getUTCFullYear() + 1, 4, 31, 20, 59)),
    decisionAt: new Date(Date.UTC(w.now.getUTCFullYear() + 1, 5, 15, 12, 0)),
    excludedGrades: ['director', 'executive'],
    maxTeamSize: 4,
    checklist: DEFAULT_CHECKLIST,
    winnersCount: 5,
    supportKind: 'both',
    supportBudgetMinor: 25_000_000,
    createdBy: w.id('user', admin.key),
  });
  await tx.insert(callCriteria).values(
    DEFAULT_RUBRIC.map((c, position) => ({
      organisationId: w.organisationId,
      callId,
      key: c.key,
      name: c.name,
      description: c.description ?? null,
      weight: c.weight,
      levels: c.levels ?? [],
      position,
    })),
  );
  for (const [position, cat] of c.categories.entries()) {
    const id = uuidv7();
    w.ids.set(`category:current:${cat.key}`, id);
    await tx.insert(callCategories).values({
      id,
      organisationId: w.organisationId,
      callId,
      key: cat.key,
      name: cat.name,
      position,
    });
  }
}
