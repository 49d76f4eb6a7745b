import { eq, max } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { pbProjects } from '../pb/schema.ts';
import type { PbProposal } from './schema.ts';

/**
 * An eligible proposal becomes a project on the ballot: its title, description and place (address
 * and coordinates, for the process page's map), at the
 * city's cost estimate (what voters see). The ballot is locked once voting opens (trigger
 * pb_projects_locked), so this happens in the analysis or appeals phase only. The caller holds
 * the process's lock (a step's loadProposal takes it): the next number is drawn by one at a time,
 * and the phase checked before cannot change under it.
 */
export async function putOnBallot(db: Queryable, p: PbProposal): Promise<string> {
  const [top] = await db
    .select({ n: max(pbProjects.number) })
    .from(pbProjects)
    .where(eq(pbProjects.processId, p.processId));
  const [project] = await db
    .insert(pbProjects)
    .values({
      organisationId: p.organisationId,
      processId: p.processId,
      domainId: p.domainId,
      number: (top?.n ?? 0) + 1,
      title: p.title,
      summary: p.description,
      cost: p.cityCost!,
      location: p.address,
      latitude: p.latitude,
      longitude: p.longitude,
    })
    .returning({ id: pbProjects.id });
  return project!.id;
}
