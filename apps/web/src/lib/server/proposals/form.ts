import { z } from 'zod';
import { text, uuidField } from '../validation/fields.ts';

/**
 * The version the edit form was opened on (issue 7: no lost updates): a save carrying an older
 * one is refused with the newer text shown. Absent (a script, a test) means "the latest".
 */
const version = z.coerce.number().int().min(1).optional().catch(undefined);

/** A draft needs a title and a category; the rest may come later. */
export const draftSchema = z.object({
  version,
  title: text({ max: 200 }),
  categoryId: uuidField(),
  problem: text({ max: 5000, min: 0, multiline: true }),
  solution: text({ max: 5000, min: 0, multiline: true }),
});

/** Submitting needs everything. */
export const submitSchema = draftSchema.extend({
  problem: text({ max: 5000, multiline: true }),
  solution: text({ max: 5000, multiline: true }),
});
