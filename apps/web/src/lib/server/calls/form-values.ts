import { utcToZonedInput } from '../../i18n/format.ts';
import type { CallCategory, InnovationCall } from './schema.ts';
import { localizedLines } from './lines.ts';
import { DEFAULT_CATEGORIES, DEFAULT_CHECKLIST } from './default-categories.ts';
import type { Criterion } from '../calls/rubric.ts';

/**
 * A call as its form shows it (strings; several ticked boxes one a line), so that the edit page
 * starts from what is stored and posts back the same shape createCall and updateCall read.
 */
export function callFormValues(
  call: InnovationCall & { categories: CallCategory[] },
  timeZone: string,
): Record<string, string> {
  const local = (d: Date | null) => (d ? utcToZonedInput(d, timeZone) : '');
  const bani = call.supportBudgetMinor;
  return {
    title_ro: call.title.ro,
    title_en: call.title.en ?? '',
    title_hu: call.title.hu ?? '',
    description_ro: call.description.ro,
    description_en: call.description.en ?? '',
    description_hu: call.description.hu ?? '',
    audience: call.audience,
    opensAt: local(call.opensAt),
    closesAt: local(call.closesAt),
    evaluationEndsAt: local(call.evaluationEndsAt),
    decisionAt: local(call.decisionAt),
    eligibleRoles: call.eligibleRoles.join('\n'),
    eligibleDepartmentIds: call.eligibleDepartmentIds.join('\n'),
    excludedGrades: call.excludedGrades.join('\n'),
    allowsIndividual: call.allowsIndividual ? 'on' : '',
    allowsTeam: call.allowsTeam ? 'on' : '',
    maxTeamSize: call.maxTeamSize ? String(call.maxTeamSize) : '',
    categories: localizedLines(call.categories.map((c) => c.name)),
    tags: call.tags.join(', '),
    anonymousToJury: call.anonymousToJury ? 'on' : '',
    checklist: localizedLines(call.checklist.map((c) => c.label)),
    winnersCount: call.winnersCount ? String(call.winnersCount) : '',
    supportKind: call.supportKind,
    supportBudget: bani === null ? '' : bani % 100 ? (bani / 100).toFixed(2) : String(bani / 100),
    supportDescription_ro: call.supportDescription?.ro ?? '',
    supportDescription_en: call.supportDescription?.en ?? '',
    supportDescription_hu: call.supportDescription?.hu ?? '',
    version: String(call.version),
  };
}

/** What the form posted, with several ticked boxes kept (one a line) to show them again. */
export function postedValues(
  raw: Record<string, string | string[]>,
  values: Record<string, string>,
) {
  const many = ['eligibleRoles', 'eligibleDepartmentIds', 'excludedGrades'];
  const out = { ...values };
  for (const name of many) {
    const v = raw[name];
    out[name] = Array.isArray(v) ? v.join('\n') : (v ?? '');
  }
  for (const box of ['allowsIndividual', 'allowsTeam', 'anonymousToJury'])
    out[box] = raw[box] ? 'on' : '';
  return out;
}

/** A new call's form: submission from now for two months, evaluation one more, decision after. */
export function newCallValues(now: Date, timeZone: string): Record<string, string> {
  const inDays = (d: number) => utcToZonedInput(new Date(now.getTime() + d * 86_400_000), timeZone);
  return {
    audience: 'internal',
    opensAt: utcToZonedInput(now, timeZone),
    closesAt: inDays(60),
    evaluationEndsAt: inDays(90),
    decisionAt: inDays(105),
    eligibleRoles: 'employee',
    allowsIndividual: 'on',
    allowsTeam: 'on',
    maxTeamSize: '5',
    anonymousToJury: 'on',
    categories: localizedLines(DEFAULT_CATEGORIES.map((c) => c.name)),
    checklist: localizedLines(DEFAULT_CHECKLIST.map((c) => c.label)),
    supportKind: 'budget',
  };
}

/** A criterion as its form shows it (levels one a line, "ro | en | hu"); empty for a new one. */
export function criterionValues(c: Criterion | undefined): Record<string, string> {
  if (!c) return { weight: '1' };
  const levels = c.levels ?? [];
  return {
    key: c.key,
    name_ro: c.name.ro,
    name_en: c.name.en ?? '',
    name_hu: c.name.hu ?? '',
    description_ro: c.description?.ro ?? '',
    description_en: c.description?.en ?? '',
    description_hu: c.description?.hu ?? '',
    weight: String(c.weight),
    ...Object.fromEntries(levels.map((l, i) => [`level${i + 1}`, localizedLines([l])])),
  };
}
