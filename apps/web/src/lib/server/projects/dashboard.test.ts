import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { ctxFor, makeOrganisation } from '../testing/factories.ts';
import type { Organisation } from '../organisations/schema.ts';
import { fillImpact } from './bulk.ts';
import { impactDashboard } from './dashboard.ts';
import { projectRows, projectsCsv } from './export.ts';
import { csvCell } from './csv.ts';
import { createProject } from './commands.ts';
import { recordSaving, verifySaving } from './savings.ts';
import { projectWorld } from './testing.ts';

let database: Database;
let org: Organisation;
let filled: Awaited<ReturnType<typeof fillImpact>>;
beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db);
  filled = await fillImpact(database.db, org, { projects: 300, entries: 2000 });
  // Another organisation's figures must never reach ours.
  await fillImpact(database.db, await makeOrganisation(database.db), {
    projects: 50,
    entries: 300,
    seed: 11,
  });
}, 60_000);
afterAll(() => database.close());

async function rows<T>(query: ReturnType<typeof sql>) {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}
const one = async (query: ReturnType<typeof sql>) =>
  Number((await rows<{ n: string }>(query))[0]!.n);

/** The figures, computed here in plain SQL, independently of the dashboard's queries. */
async function expected(o: string, where = sql``) {
  const totals = await rows<{
    metric: string;
    unit: string | null;
    total: string;
    entries: string;
  }>(sql`
    select s.metric, s.custom_unit as unit, sum(s.measured) as total, count(*) as entries
    from savings_entries s join projects p on p.id = s.project_id
    where s.organisation_id = ${o} and s.verified_at is not null ${where}
    group by s.metric, s.custom_unit order by s.metric, s.custom_unit`);
  return totals.map((t) => ({
    metric: t.metric,
    customUnit: t.unit,
    total: Number(t.total),
    entries: Number(t.entries),
  }));
}

describe('the dashboard’s figures equal the same figures computed in SQL', () => {
  test('for the whole organisation, with hundreds of projects and entries', async () => {
    const ctx = await ctxFor(database.db, org, null);
    const d = await impactDashboard(ctx, {});
    expect(filled.projects).toBe(300);
    expect(d.totals).toEqual(await expected(org.id));
    expect(d.projects).toBe(
      await one(sql`select count(*) as n from projects where organisation_id = ${org.id}`),
    );
    expect(d.implemented).toBe(
      await one(
        sql`select count(*) as n from projects where organisation_id = ${org.id} and state = 'implemented'`,
      ),
    );
    expect(d.implemented).toBeGreaterThan(0);
    expect(d.proposals).toBe(
      await one(
        sql`select count(*) as n from proposals where organisation_id = ${org.id} and submitted_at is not null and state <> 'withdrawn'`,
      ),
    );
    expect(d.departments).toBe(
      await one(
        sql`select count(distinct department_id) as n from projects where organisation_id = ${org.id}`,
      ),
    );
    expect(d.participants).toBe(
      await one(sql`select count(*) as n from (
        select author_id from proposals where organisation_id = ${org.id} and submitted_at is not null and state <> 'withdrawn'
        union select lead_id from projects where organisation_id = ${org.id}
        union select m.user_id from project_members m join projects p on p.id = m.project_id where p.organisation_id = ${org.id}) x`),
    );
    const co2e = await rows<{ area: string; v: string }>(sql`
      select p.climate_area as area, sum(s.measured) as v from savings_entries s join projects p on p.id = s.project_id
      where s.organisation_id = ${org.id} and s.verified_at is not null and s.metric = 'co2e_kg' and p.climate_area is not null
      group by 1`);
    expect(Object.fromEntries(d.climate.map((c) => [c.area, c.value]))).toEqual(
      Object.fromEntries(co2e.map((c) => [c.area, Number(c.v)])),
    );
  });

  test('filtered by department and year, and the chart’s breakdowns add up', async () => {
    const ctx = await ctxFor(database.db, org, null);
    const dept = filled.departments[2]!.id;
    const d = await impactDashboard(ctx, { department: dept, year: '2025', metric: 'staff_hours' });
    const where = sql`and p.department_id = ${dept} and s.period_end between '2025-01-01' and '2025-12-31'`;
    expect(d.totals).toEqual(await expected(org.id, where));
    const hours = d.totals.find((t) => t.metric === 'staff_hours')!.total;
    const sum = (list: { value: number }[]) =>
      Math.round(list.reduce((s, r) => s + r.value, 0) * 100) / 100;
    expect(sum(d.byMonth)).toBe(hours);
    expect(sum(d.byCall)).toBe(hours);
    expect(sum(d.byCategory)).toBe(hours);
    expect(d.byDepartment.map((r) => r.key)).toEqual([dept]);
    expect(d.byYear.map((r) => r.year)).toEqual([2025]);
  });

  test('filters by call and category (by key, across calls); mangled filters are ignored', async () => {
    const ctx = await ctxFor(database.db, org, null);
    const call = filled.calls[1]!.id;
    const d = await impactDashboard(ctx, { call, category: 'quality' });
    expect(d.totals).toEqual(
      await expected(
        org.id,
        sql`and p.call_id = ${call} and p.category_id in (select id from call_categories where key = 'quality')`,
      ),
    );
    const mangled = await impactDashboard(ctx, {
      call: "1' or 1=1",
      year: 'x',
      metric: 'gold',
      department: '',
    });
    expect(mangled.totals).toEqual(await expected(org.id));
  });
});

describe('only verified savings reach the public totals', () => {
  test('an entry counts from its sign-off, not before', async () => {
    const w = await projectWorld(database.db);
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    const kwh = async () =>
      (await impactDashboard(w.as.visitor, {})).totals.find((t) => t.metric === 'kwh')?.total ?? 0;
    const entry = await recordSaving(w.as.member, p.id, {
      metric: 'kwh',
      measured: '1234.5',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      recurrence: 'quarterly',
      method: 'Contorul clădirii',
    });
    expect(await kwh()).toBe(0);
    await verifySaving(w.as.admin, entry.id);
    expect(await kwh()).toBe(1234.5);
  });
});

describe('downloads', () => {
  test('the CSV lists the projects with their verified savings, formula-safe', async () => {
    const ctx = await ctxFor(database.db, org, null);
    await database.db.execute(
      sql`update projects set title = '=HYPERLINK("http://x")' where id = (select id from projects where organisation_id = ${org.id} limit 1)`,
    );
    const csv = await projectsCsv(ctx, new URLSearchParams(), 'en');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(301);
    expect(lines[0]).toContain('verified_staff_hours');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const list = await projectRows(ctx, {});
    const sumRon = list.reduce((s, r) => s + (r as unknown as { ron: number }).ron, 0);
    const totalRon = (await impactDashboard(ctx, {})).totals.find((t) => t.metric === 'ron')!.total;
    expect(Math.round(sumRon * 100)).toBe(Math.round(totalRon * 100));
  });

  test('cells that a spreadsheet would run are defused', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+40 744')).toBe("'+40 744");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('Șantier „nou”')).toBe('Șantier „nou”');
  });
});
