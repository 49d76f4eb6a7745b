import { Conflict, Invalid } from '../errors.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { modules } from '../modules.ts';

/**
 * Named database constraints → typed errors, as each module's manifest declares them. Matching
 * is on the constraint's name and SQLSTATE, never on an error message's text.
 */
type ConstraintError = { field: string; message: MessageKey };
let constraintErrors: Record<string, ConstraintError> | undefined;
const constraints = (): Record<string, ConstraintError> =>
  (constraintErrors ??= Object.assign({}, ...modules.map((m) => m.constraints ?? {})));

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
  const mapped = e?.constraint ? constraints()[e.constraint] : undefined;
  if (mapped) throw new Invalid({ [mapped.field]: mapped.message });
  if (e?.code === '23505') throw new Conflict('errors.duplicate');
  if (e?.code === '40001' || e?.code === '40P01') throw new Conflict('errors.try_again');
  throw error;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = pgError(error);
  return e?.code === '23505' && e.constraint === constraint;
}
