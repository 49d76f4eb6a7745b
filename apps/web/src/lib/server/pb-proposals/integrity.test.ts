import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { createPbProposal } from './commands.ts';
import { proposalInput, proposalWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('integrity', () => {
  test("a co-author or appeal row naming another organisation than its process's is refused", async () => {
    const w = await proposalWorld(database.db);
    const p = await createPbProposal(
      await w.as(w.citizen),
      w.process.id,
      proposalInput(w.domains[0]!.id),
    );
    const other = await makeOrganisation(database.db);
    const member = database.db.execute(sql`
      insert into pb_proposal_members (id, organisation_id, process_id, proposal_id, user_id, invited_at)
      values (gen_random_uuid(), ${other.id}, ${p.processId}, ${p.id}, ${w.citizen.id}, now())`);
    await expect(member).rejects.toMatchObject({
      cause: { constraint: 'pb_proposal_members_process_fk' },
    });
    const appeal = database.db.execute(sql`
      insert into pb_appeals (id, organisation_id, process_id, proposal_id, text)
      values (gen_random_uuid(), ${other.id}, ${p.processId}, ${p.id}, 'Altă organizație')`);
    await expect(appeal).rejects.toMatchObject({ cause: { constraint: 'pb_appeals_process_fk' } });
  });
});
