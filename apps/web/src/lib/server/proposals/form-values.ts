import type { Proposal } from './schema.ts';

const MANY = ['affectedDepartmentIds', 'tags'];

/** What the form posted, with several ticked boxes kept (one a line) to show them again. */
export function proposalPostedValues(
  raw: Record<string, string | string[]>,
  values: Record<string, string>,
) {
  const out = { ...values };
  for (const name of MANY) {
    const v = raw[name];
    out[name] = Array.isArray(v) ? v.join('\n') : (v ?? '');
  }
  return out;
}

const bani = (v: number | null | undefined) =>
  v === null || v === undefined ? '' : v % 100 ? (v / 100).toFixed(2) : String(v / 100);
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** A saved proposal as its form shows it. */
export function proposalFormValues(p: Proposal): Record<string, string> {
  const b = p.yearlyBenefits;
  return {
    title: p.title,
    categoryId: p.categoryId,
    problem: p.problem,
    solution: p.solution,
    baseline: p.baseline,
    affectedDepartmentIds: p.affectedDepartmentIds.join('\n'),
    mvpPlan: p.mvpPlan,
    mvpWeeks: num(p.mvpWeeks),
    cost: bani(p.costMinor),
    staffHours: num(p.staffHours),
    benefit_ron: bani(b.ron_minor),
    benefit_staff_hours: num(b.staff_hours),
    benefit_paper_sheets: num(b.paper_sheets),
    benefit_kwh: num(b.kwh),
    benefit_co2e_kg: num(b.co2e_kg),
    kpis: p.kpis,
    risks: p.risks,
    tags: p.tags.join('\n'),
  };
}
