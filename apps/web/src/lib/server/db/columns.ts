import { sql, type Column } from 'drizzle-orm';
import { jsonb, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from './ids.ts';

/** Shared column builders: every owned row has the same id, organisation and time columns. */
export const id = () =>
  uuid('id')
    .primaryKey()
    .$defaultFn(() => uuidv7());

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A text authored by administrators, stored per locale. */
export type { LocalizedText } from '../../i18n/localized.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
export const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull();

export const localizedHasRomanian = (column: string) =>
  sql.raw(`jsonb_typeof(${column}) = 'object' and length(coalesce(${column}->>'ro', '')) > 0`);

/**
 * `column` is due by `now`. A JS Date names a whole millisecond while PostgreSQL's now() keeps
 * microseconds: a row stamped at 10:00:00.123456 is due by a Date of 10:00:00.123 taken after
 * it committed. Comparing with `<=` missed such rows (a mail queued and kicked in the same
 * millisecond waited for the next poll; a test failed on it).
 */
export const dueBy = (column: Column, now: Date) =>
  sql`${column} < ${now}::timestamptz + interval '1 millisecond'`;
