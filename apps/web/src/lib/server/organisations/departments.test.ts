import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeDepartment, makeOrganisation, makeUser } from '../testing/factories.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { mapDatabaseError } from '../db/errors.ts';
import { auditLog } from '../audit/schema.ts';
import { memberships, type User } from '../accounts/schema.ts';
import { auditActions } from '../accounts/testing.ts';
import { departments, type Department, type Organisation } from './schema.ts';
import {
  createDepartment,
  deleteDepartment,
  getDepartment,
  listDepartments,
  updateDepartment,
} from './departments.ts';
import type { Ctx } from '../context.ts';

let database: Database;
let org: Organisation;
let other: Organisation;
let admin: User;
let employee: User;
let asAdmin: Ctx;

beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db);
  other = await makeOrganisation(database.db);
  admin = await makeUser(database.db, org, ['participant', 'admin'], { name: 'Andrei Mureșan' });
  employee = await makeUser(database.db, org, ['participant', 'employee']);
  asAdmin = await ctxFor(database.db, org, admin);
});
afterAll(() => database.close());

/** A fresh tree per test: economic → procurement → tenders, and IT on its own. */
let economic: Department;
let procurement: Department;
let tenders: Department;
let it: Department;
beforeEach(async () => {
  await database.db.update(memberships).set({ departmentId: null });
  // Children before parents: the parent foreign key refuses the other order.
  for (let depth = 0; depth < 5; depth++) {
    await database.db.execute(
      sql`delete from departments d where not exists (select 1 from departments c where c.parent_id = d.id)`,
    );
  }
  economic = await createDepartment(asAdmin, dept('economic', 'Direcția Economică'));
  procurement = await createDepartment(
    asAdmin,
    dept('procurement', 'Serviciul Achiziții Publice', economic.id),
  );
  tenders = await createDepartment(asAdmin, dept('tenders', 'Biroul Licitații', procurement.id));
  it = await createDepartment(asAdmin, dept('it', 'Serviciul IT'));
});

const dept = (key: string, name_ro: string, parentId = '') => ({ key, name_ro, parentId });
const editOf = (d: Department, change: Record<string, unknown> = {}) => ({
  key: d.key,
  name_ro: d.name.ro,
  name_en: d.name.en ?? '',
  name_hu: d.name.hu ?? '',
  parentId: d.parentId ?? '',
  ...change,
});
const all = () =>
  database.db.select().from(departments).where(eq(departments.organisationId, org.id));
const byId = async (id: string) =>
  (await database.db.select().from(departments).where(eq(departments.id, id)))[0];
const assign = (user: User, d: Department | null) =>
  database.db
    .update(memberships)
    .set({ departmentId: d?.id ?? null })
    .where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, org.id)));

describe('the department tree', () => {
  test('an admin creates departments, each audited; the tree nests them', async () => {
    const created = await createDepartment(asAdmin, {
      key: '  Urban-Planning ',
      name_ro: 'Direcția Urbanism',
      name_en: 'Urban Planning Directorate',
      name_hu: '',
      parentId: '',
    });
    expect(created).toMatchObject({
      organisationId: org.id,
      key: 'urban-planning',
      parentId: null,
      name: { ro: 'Direcția Urbanism', en: 'Urban Planning Directorate' },
    });
    expect(await auditActions(database.db, created.id)).toEqual(['department.create']);

    await assign(employee, tenders);
    const tree = await listDepartments(asAdmin);
    expect(tree.map((d) => d.key)).toEqual(['economic', 'it', 'urban-planning']);
    const [top] = tree;
    expect(top!.children.map((d) => d.key)).toEqual(['procurement']);
    expect(top!.children[0]!.children).toMatchObject([{ key: 'tenders', depth: 2, members: 1 }]);
  });

  test('an admin renames and moves a department, audited with before and after', async () => {
    const moved = await updateDepartment(
      asAdmin,
      procurement.id,
      editOf(procurement, { name_en: 'Public Procurement', parentId: it.id }),
    );
    expect(moved).toMatchObject({
      parentId: it.id,
      name: { ro: 'Serviciul Achiziții Publice', en: 'Public Procurement' },
    });
    // Its sub-department comes along.
    expect((await byId(tenders.id))?.parentId).toBe(procurement.id);
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.resourceId, procurement.id), eq(auditLog.action, 'department.update')),
      );
    expect(entry).toMatchObject({
      actorId: admin.id,
      before: { parentId: economic.id },
      after: { parentId: it.id },
    });

    const top = await updateDepartment(asAdmin, procurement.id, editOf(moved, { parentId: '' }));
    expect(top.parentId).toBeNull();
  });

  test('the edit form offers every parent except the department itself and its descendants', async () => {
    const { parents, subDepartments, members } = await getDepartment(asAdmin, economic.id);
    expect(parents.map((d) => d.key)).toEqual(['it']);
    expect({ subDepartments, members }).toEqual({ subDepartments: 1, members: 0 });
    const forTenders = await getDepartment(asAdmin, tenders.id);
    expect(forTenders.parents.map((d) => d.key)).toEqual(['economic', 'procurement', 'it']);
  });

  test('a move that would make a cycle is refused by the service', async () => {
    const before = await all();
    // With the database's guard switched off, the refusal can only come from the service.
    await database.db.execute(sql`alter table departments disable trigger departments_no_cycles`);
    try {
      for (const parent of [economic, procurement, tenders]) {
        const error = await updateDepartment(
          asAdmin,
          economic.id,
          editOf(economic, { parentId: parent.id }),
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Invalid);
        expect((error as Invalid).fields).toEqual({
          parentId: 'organisation_admin.department.parent_cycle',
        });
      }
    } finally {
      await database.db.execute(sql`alter table departments enable trigger departments_no_cycles`);
    }
    expect(await all()).toEqual(before);
  });

  test('the database refuses a cycle too, from any writer', async () => {
    const before = await all();
    const refusedAsCycle = async (statement: Promise<unknown>) => {
      const error = await statement.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, 'the statement was accepted').toBeDefined();
      const mapped = (() => {
        try {
          return mapDatabaseError(error);
        } catch (e) {
          return e;
        }
      })();
      expect(mapped).toBeInstanceOf(Invalid);
      expect((mapped as Invalid).fields).toEqual({
        parentId: 'organisation_admin.department.parent_cycle',
      });
    };

    // economic under its grandchild tenders.
    await refusedAsCycle(
      database.db.execute(
        sql`update departments set parent_id = ${tenders.id} where id = ${economic.id}`,
      ),
    );
    // Two rows closing a loop in one statement.
    await refusedAsCycle(
      database.db.execute(
        sql`update departments set parent_id = case id when ${it.id}::uuid then ${economic.id}::uuid else ${it.id}::uuid end
            where id in (${it.id}, ${economic.id})`,
      ),
    );
    // A loop inserted in one statement, the parent rows not there yet.
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    await refusedAsCycle(
      database.db
        .execute(sql`insert into departments (id, organisation_id, parent_id, key, name) values
        (${a}, ${org.id}, ${b}, 'loop-a', '{"ro":"A"}'::jsonb),
        (${b}, ${org.id}, ${a}, 'loop-b', '{"ro":"B"}'::jsonb)`),
    );
    expect(await all()).toEqual(before);

    // A plain move is still allowed.
    await database.db.execute(
      sql`update departments set parent_id = ${economic.id} where id = ${it.id}`,
    );
    expect((await byId(it.id))?.parentId).toBe(economic.id);
  });

  test('a key is unique in the organisation: a duplicate gets a message on the key', async () => {
    const error = await createDepartment(asAdmin, dept('IT', 'Alt IT')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields).toEqual({ key: 'organisations.department_key.taken' });
    const renamed = await updateDepartment(
      asAdmin,
      tenders.id,
      editOf(tenders, { key: 'it' }),
    ).catch((e: unknown) => e);
    expect((renamed as Invalid).fields).toEqual({ key: 'organisations.department_key.taken' });
    expect((await byId(tenders.id))?.key).toBe('tenders');
    // Another organisation may use the same key.
    await makeDepartment(database.db, other, 'it');
  });

  test('a department with sub-departments or members cannot be deleted; an empty one can', async () => {
    await expect(deleteDepartment(asAdmin, procurement.id)).rejects.toThrow(
      new Conflict('organisation_admin.department.has_children'),
    );
    await assign(employee, tenders);
    await expect(deleteDepartment(asAdmin, tenders.id)).rejects.toThrow(
      new Conflict('organisation_admin.department.has_members'),
    );
    expect(await all()).toHaveLength(4);

    await assign(employee, it);
    const deleted = await deleteDepartment(asAdmin, tenders.id);
    expect(deleted.id).toBe(tenders.id);
    expect(await byId(tenders.id)).toBeUndefined();
    expect(await auditActions(database.db, tenders.id)).toEqual([
      'department.create',
      'department.delete',
    ]);
    await deleteDepartment(asAdmin, procurement.id);
    expect((await all()).map((d) => d.key).sort()).toEqual(['economic', 'it']);
  });

  test('only admins manage departments', async () => {
    const before = await all();
    for (const user of [employee, null]) {
      const ctx = await ctxFor(database.db, org, user);
      await expect(listDepartments(ctx)).rejects.toThrow(Forbidden);
      await expect(getDepartment(ctx, it.id)).rejects.toThrow(Forbidden);
      await expect(createDepartment(ctx, dept('hr', 'Resurse Umane'))).rejects.toThrow(Forbidden);
      await expect(updateDepartment(ctx, it.id, editOf(it, { name_ro: 'X' }))).rejects.toThrow(
        Forbidden,
      );
      await expect(deleteDepartment(ctx, it.id)).rejects.toThrow(Forbidden);
    }
    expect(await all()).toEqual(before);
  });

  test("another organisation's departments are not found, and cannot be a parent", async () => {
    const theirs = await makeDepartment(database.db, other, `x-${crypto.randomUUID().slice(0, 8)}`);
    await expect(getDepartment(asAdmin, theirs.id)).rejects.toThrow(NotFound);
    await expect(updateDepartment(asAdmin, theirs.id, editOf(theirs))).rejects.toThrow(NotFound);
    await expect(deleteDepartment(asAdmin, theirs.id)).rejects.toThrow(NotFound);
    for (const id of ['not-a-uuid', crypto.randomUUID(), '']) {
      await expect(deleteDepartment(asAdmin, id)).rejects.toThrow(NotFound);
    }
    const error = await createDepartment(asAdmin, dept('hr', 'Resurse Umane', theirs.id)).catch(
      (e: unknown) => e,
    );
    expect((error as Invalid).fields).toEqual({
      parentId: 'organisation_admin.department.parent_unknown',
    });
    expect(await byId(theirs.id)).toEqual(theirs);
  });

  describe('bad input changes nothing', () => {
    const tooLong = 'a'.repeat(10_000);
    test.each([
      ['empty key', { key: '' }, 'key'],
      ['key with spaces', { key: 'resurse umane' }, 'key'],
      ['key with diacritics', { key: 'achiziții' }, 'key'],
      ['key with a double hyphen', { key: 'a--b' }, 'key'],
      ['key as markup', { key: '<script>alert(1)</script>' }, 'key'],
      ['10,000-character key', { key: tooLong }, 'key'],
      ['empty name', { name_ro: '' }, 'name_ro'],
      ['blank name', { name_ro: '\u200b  ' }, 'name_ro'],
      ['10,000-character name', { name_ro: tooLong }, 'name_ro'],
      ['control characters in a name', { name_en: 'IT\u0000' }, 'name_en'],
      ['a parent that is no id', { parentId: '<script>' }, 'parentId'],
      ['a parent that does not exist', { parentId: crypto.randomUUID() }, 'parentId'],
      ['a list for the key', { key: ['a', 'b'] }, 'key'],
    ])('%s', async (_label, change, field) => {
      const before = await all();
      for (const attempt of [
        () => createDepartment(asAdmin, { ...dept('hr', 'Resurse Umane'), ...change }),
        () => updateDepartment(asAdmin, it.id, editOf(it, change)),
      ]) {
        const error = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Invalid);
        expect(Object.keys((error as Invalid).fields)).toEqual([field]);
      }
      expect(await all()).toEqual(before);
    });

    test('markup in a name is kept as typed text', async () => {
      const name = '<script>alert(1)</script>';
      const created = await createDepartment(asAdmin, dept('markup', name));
      expect(created.name.ro).toBe(name);
    });
  });
});
