import { z } from 'zod';
import { optionalText, text, uuidField } from '../validation/fields.ts';
import type { MessageKey } from '../../i18n/message.ts';

export const DEPARTMENT_NAME_MAX = 200;
export const DEPARTMENT_KEY_MAX = 64;

/** A key is a lower-case slug: letters a–z, digits, single hyphens between them. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const keyField = () =>
  z
    .string({ error: 'form.required' satisfies MessageKey })
    .transform((s) => s.trim().toLowerCase())
    .superRefine((s, ctx) => {
      if (!s) ctx.addIssue({ code: 'custom', message: 'form.required' satisfies MessageKey });
      else if (s.length > DEPARTMENT_KEY_MAX)
        ctx.addIssue({
          code: 'custom',
          message: 'form.too_long' satisfies MessageKey,
          params: { max: DEPARTMENT_KEY_MAX },
        });
      else if (!KEY.test(s))
        ctx.addIssue({
          code: 'custom',
          message: 'organisation_admin.department.key_format' satisfies MessageKey,
        });
    });

/** The department form: key, name per language (Romanian required), parent (empty: top level). */
export const departmentSchema = z
  .object({
    key: keyField(),
    name_ro: text({ max: DEPARTMENT_NAME_MAX }),
    name_en: optionalText({ max: DEPARTMENT_NAME_MAX }),
    name_hu: optionalText({ max: DEPARTMENT_NAME_MAX }),
    parentId: z
      .string({ error: 'form.invalid_choice' satisfies MessageKey })
      .nullish()
      .transform((v) => v?.trim() || undefined)
      .pipe(uuidField().optional()),
  })
  .transform((f) => ({
    key: f.key,
    name: { ro: f.name_ro, en: f.name_en, hu: f.name_hu },
    parentId: f.parentId ?? null,
  }));

export type DepartmentInput = z.output<typeof departmentSchema>;
