import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { departments, organisations } from './schema.ts';

/** Primăria Cluj-Napoca and its department tree. */
export async function seedOrganisation(tx: Tx, w: DemoWorld) {
  const o = w.data.organisation;
  await tx.insert(organisations).values({
    id: w.organisationId,
    slug: o.slug,
    name: o.name,
    timeZone: o.timeZone,
    defaultLocale: o.defaultLocale,
    staffEmailDomains: o.staffEmailDomains,
  });
  // Ids first: a department may name a parent listed after it.
  for (const d of w.data.departments) w.ids.set(`department:${d.key}`, uuidv7());
  for (const d of w.data.departments) {
    await tx.insert(departments).values({
      id: w.id('department', d.key),
      organisationId: w.organisationId,
      parentId: d.parent ? w.id('department', d.parent) : null,
      key: d.key,
      name: d.name,
    });
  }
  w.counts.departments = w.data.departments.length;
}
