import type { Ctx } from '../context.ts';
import { Invalid } from '../errors.ts';
import { categoriesOf } from '../calls/service.ts';
import { assertOwnDepartments } from '../calls/departments-check.ts';
import type { InnovationCall } from '../calls/schema.ts';

/**
 * What the form's choices must be: one of the call's categories, the call's tags, and
 * departments of this organisation (never another's ids).
 */
export async function assertFitsCall(
  ctx: Ctx,
  call: Pick<InnovationCall, 'id' | 'tags'>,
  fields: { categoryId?: string; tags?: string[]; affectedDepartmentIds?: string[] },
) {
  if (fields.categoryId !== undefined) {
    const categories = await categoriesOf(ctx, [call.id]);
    if (!categories.some((c) => c.id === fields.categoryId)) {
      throw new Invalid({ categoryId: 'proposals.category.unknown' });
    }
  }
  if (fields.tags?.some((t) => !call.tags.includes(t))) {
    throw new Invalid({ tags: 'form.invalid_choice' });
  }
  if (fields.affectedDepartmentIds?.length) {
    await assertOwnDepartments(
      ctx.db,
      ctx.org.id,
      fields.affectedDepartmentIds,
      'affectedDepartmentIds',
    );
  }
}
