import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { resolveOrganisation } from './resolve.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

test('one organisation answers on any host; several are told apart by host', async () => {
  const { db } = database;
  expect(await resolveOrganisation(db, 'localhost:3000')).toBeNull();
  const cluj = await makeOrganisation(db, { slug: 'cluj', hosts: ['inovare.cluj.ro'] });
  expect((await resolveOrganisation(db, 'localhost:3000'))?.id).toBe(cluj.id);
  const veszprem = await makeOrganisation(db, {
    slug: 'veszprem',
    hosts: ['innovacio.veszprem.hu'],
  });
  expect((await resolveOrganisation(db, 'INNOVACIO.veszprem.hu:443'))?.id).toBe(veszprem.id);
  expect((await resolveOrganisation(db, 'inovare.cluj.ro'))?.id).toBe(cluj.id);
  expect(await resolveOrganisation(db, 'localhost:3000')).toBeNull();
  expect(await resolveOrganisation(db, "x' or '1'='1")).toBeNull();
});
