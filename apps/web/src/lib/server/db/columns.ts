import { sql } from 'drizzle-orm';
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
