import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import { callInput, ctxFor, makeDepartment, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { Invalid } from '../errors.ts';
import { createCall, getCall, transitionCall } from '../calls/service.ts';
import { createProposal, transitionProposal, updateProposal } from './commands.ts';
import { getProposal } from './queries.ts';
import { proposalFormValues } from './form-values.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function world() {
  const w = await openCallWorld(database.db);
  const draft = await createCall(w.asAdmin, callInput({ tags: 'digitalizare, hârtie' }));
  const call = await transitionCall(w.asAdmin, draft.id, 'publish');
  const { categories } = await getCall(w.asAdmin, call.id);
  const payroll = await makeDepartment(database.db, w.org, 'payroll');
  const asEmployee = await ctxFor(database.db, w.org, w.employee);
  const full = {
    title: 'Fluturașul de salariu digital',
    categoryId: categories[0]!.id,
    problem: 'Tipărim lunar 1.050 de fluturași.',
    solution: 'Îi trimitem pe e-mail, ca PDF protejat.',
    baseline: '2 zile de muncă și 1.050 de coli pe lună.',
    affectedDepartmentIds: [payroll.id],
    mvpPlan: 'Trei luni la Serviciul Salarizare.',
    mvpWeeks: '12',
    cost: '2.500,50',
    staffHours: '40',
    benefit_ron: '6000',
    benefit_staff_hours: '192',
    benefit_paper_sheets: '12600',
    benefit_kwh: '',
    benefit_co2e_kg: '60',
    kpis: 'Coli tipărite pe lună.',
    risks: 'Colegii fără e-mail de serviciu.',
    tags: ['hârtie', 'digitalizare'],
  };
  return { ...w, call, asEmployee, payroll, full };
}

describe('a proposal in full', () => {
  test('every field is kept, read back, and shown again in its form', async () => {
    const w = await world();
    const p = await createProposal(
      w.asEmployee,
      w.call.id,
      { ...w.full, clientToken: uuidv7() },
      'submit',
    );
    const { proposal } = await getProposal(w.asEmployee, p.id);
    expect(proposal).toMatchObject({
      baseline: w.full.baseline,
      affectedDepartmentIds: [w.payroll.id],
      mvpWeeks: 12,
      costMinor: 250_050,
      staffHours: 40,
      yearlyBenefits: { ron_minor: 600_000, staff_hours: 192, paper_sheets: 12_600, co2e_kg: 60 },
      tags: ['hârtie', 'digitalizare'],
    });
    const back = proposalFormValues(proposal);
    expect([back.cost, back.benefit_ron, back.benefit_kwh, back.tags]).toEqual([
      '2500.50',
      '6000',
      '',
      'hârtie\ndigitalizare',
    ]);
  });

  test('numbers, tags and departments that are not the call’s are refused by field', async () => {
    const w = await world();
    const refused = async (overrides: Record<string, unknown>, field: string) => {
      const e = await createProposal(w.asEmployee, w.call.id, {
        ...w.full,
        ...overrides,
        clientToken: uuidv7(),
      }).catch((x: unknown) => x);
      expect(e, JSON.stringify(overrides)).toBeInstanceOf(Invalid);
      expect(Object.keys((e as Invalid).fields)).toContain(field);
    };
    for (const v of badInput.numbers.filter((n) => n !== ' 7 ' && n !== '0'))
      await refused({ staffHours: v }, 'staffHours');
    for (const v of badInput.money.filter((m) => m !== '150 000'))
      await refused({ cost: v }, 'cost');
    for (const v of ['0', '105', 'abc']) await refused({ mvpWeeks: v }, 'mvpWeeks');
    await refused({ tags: ['not-a-tag'] }, 'tags');
    const elsewhere = await openCallWorld(database.db);
    const theirs = await makeDepartment(database.db, elsewhere.org, 'theirs');
    await refused({ affectedDepartmentIds: theirs.id }, 'affectedDepartmentIds');
    await refused({ affectedDepartmentIds: "' OR '1'='1" }, 'affectedDepartmentIds');
    await refused({ baseline: 'a'.repeat(5001) }, 'baseline');
  });

  test('a draft keeps its details through an edit and a submit', async () => {
    const w = await world();
    const draft = await createProposal(w.asEmployee, w.call.id, {
      title: 'Ciornă',
      categoryId: w.full.categoryId,
      problem: '',
      solution: '',
      clientToken: uuidv7(),
    });
    await updateProposal(w.asEmployee, draft.id, { ...w.full, benefit_kwh: '1500' });
    const submitted = await transitionProposal(w.asEmployee, draft.id, 'submit');
    expect([submitted.state, submitted.yearlyBenefits.kwh, submitted.mvpWeeks]).toEqual([
      'submitted',
      1500,
      12,
    ]);
  });
});
