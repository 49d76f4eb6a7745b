import type { LocalizedText } from '../../i18n/localized.ts';
import { choice, optionalText } from './fields.ts';

/** A point of a checklist: an innovation call's formal check, a PB process's criteria. */
export interface ChecklistPoint {
  key: string;
  label: LocalizedText;
}

/** Per point: passed or not, and an optional note. */
export type ChecklistResult = Record<string, { passed: boolean; note?: string }>;

/**
 * The form of a checklist: `check_<key>` pass/fail and `note_<key>` for each point. Shared by the
 * innovation call's formal check and participatory budgeting's technical and legal analysis.
 */
export const checklistFields = (checklist: readonly ChecklistPoint[]) =>
  Object.fromEntries(
    checklist.flatMap((item) => [
      [`check_${item.key}`, choice(['pass', 'fail'])],
      [`note_${item.key}`, optionalText({ max: 2000, multiline: true })],
    ]),
  );

/** The parsed form → what is stored: every point with its verdict and note. */
export function checklistResult(
  checklist: readonly ChecklistPoint[],
  data: Record<string, unknown>,
): ChecklistResult {
  return Object.fromEntries(
    checklist.map((item) => {
      const note = data[`note_${item.key}`] as string | undefined;
      return [
        item.key,
        { passed: data[`check_${item.key}`] === 'pass', ...(note ? { note } : {}) },
      ];
    }),
  );
}

/** What is stored → the form's values, to show a saved checklist again. */
export function checklistValues(
  checklist: readonly ChecklistPoint[],
  result: ChecklistResult,
): Record<string, string> {
  return Object.fromEntries(
    checklist.flatMap((item) => {
      const r = result[item.key];
      return [
        [`check_${item.key}`, r ? (r.passed ? 'pass' : 'fail') : ''],
        [`note_${item.key}`, r?.note ?? ''],
      ];
    }),
  );
}
