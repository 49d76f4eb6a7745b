import { Conflict, Invalid } from '../errors.ts';

/**
 * Named database constraints → typed errors, in one place. Matching is on the constraint's name
 * and SQLSTATE, never on an error message's text.
 */
const constraintErrors: Record<string, () => Error> = {
  users_email_unique: () => new Invalid({ email: 'accounts.email.taken' }),
  organisations_slug_unique: () => new Invalid({ slug: 'organisations.slug.taken' }),
  departments_org_key_unique: () => new Invalid({ key: 'organisations.department_key.taken' }),
  departments_no_cycles: () =>
    new Invalid({ parentId: 'organisation_admin.department.parent_cycle' }),
  innovation_calls_dates: () => new Invalid({ closesAt: 'calls.closes_at.before_opens' }),
  proposals_category_fk: () => new Invalid({ categoryId: 'proposals.category.unknown' }),
  proposals_submitted_complete: () => new Invalid({ problem: 'proposals.submit.incomplete' }),
  memberships_department_fk: () => new Invalid({ departmentId: 'accounts.department.unknown' }),
};

interface PgLikeError {
  code?: string;
  constraint?: string;
}

function pgError(error: unknown): PgLikeError | undefined {
  // Drizzle wraps driver errors; PGlite's and pg's both expose `code` and `constraint`.
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if (typeof (e as PgLikeError).code === 'string') return e as PgLikeError;
  }
  return undefined;
}

/** Rethrows a constraint violation as its typed error; anything else unchanged. */
export function mapDatabaseError(error: unknown): never {
  const e = pgError(error);
  const mapped = e?.constraint ? constraintErrors[e.constraint] : undefined;
  if (mapped) throw mapped();
  if (e?.code === '23505') throw new Conflict('errors.duplicate');
  if (e?.code === '40001' || e?.code === '40P01') throw new Conflict('errors.try_again');
  throw error;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = pgError(error);
  return e?.code === '23505' && e.constraint === constraint;
}
