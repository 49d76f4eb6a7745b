import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { callCategories, innovationCalls } from './schema.ts';

/** Today's open internal call (Innovato-R), with its four categories. */
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
    createdBy: w.id('user', admin.key),
  });
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
