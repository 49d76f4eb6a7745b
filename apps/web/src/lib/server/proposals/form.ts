import { z } from 'zod';
import { text, uuidField } from '../validation/fields.ts';

/** A draft needs a title and a category; the rest may come later. */
export const draftSchema = z.object({
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
