import { z } from 'zod';
import { text, uuidField } from '../validation/fields.ts';
import { COMMENT_MAX, REASON_MAX } from './schema.ts';

/** What each co-development form takes; commands parse their input with these. */
export const commentInput = z.object({
  body: text({ max: COMMENT_MAX, multiline: true }),
  // A top-level comment's form has no parent (or an empty one).
  parentId: z.preprocess((v) => (v === '' ? undefined : v), uuidField().optional()),
});
export const editInput = z.object({ body: text({ max: COMMENT_MAX, multiline: true }) });
export const reasonInput = z.object({ reason: text({ max: REASON_MAX, multiline: true }) });
