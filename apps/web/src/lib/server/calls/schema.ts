import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, localized, localizedHasRomanian, updatedAt } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import type { CallState } from './lifecycle.ts';

export const innovationCalls = pgTable(
  'innovation_calls',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: localized('title'),
    description: localized('description'),
    /** internal: the organisation's employees only; public: anyone can read. */
    audience: text('audience').$type<'internal' | 'public'>().notNull().default('internal'),
    state: text('state').$type<CallState>().notNull().default('draft'),
    opensAt: at('opens_at').notNull(),
    closesAt: at('closes_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('innovation_calls_org_id_unique').on(t.organisationId, t.id),
    check('innovation_calls_dates', sql`${t.closesAt} > ${t.opensAt}`),
    check('innovation_calls_audience', sql`${t.audience} in ('internal', 'public')`),
    check('innovation_calls_state', sql`${t.state} in ('draft', 'open', 'closed')`),
    check('innovation_calls_title_ro', localizedHasRomanian('title')),
    index('innovation_calls_org_idx').on(t.organisationId, t.opensAt),
  ],
);

export const callCategories = pgTable(
  'call_categories',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    callId: uuid('call_id').notNull(),
    key: text('key').notNull(),
    name: localized('name'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    unique('call_categories_call_key_unique').on(t.callId, t.key),
    unique('call_categories_call_id_unique').on(t.callId, t.id),
    foreignKey({
      name: 'call_categories_call_fk',
      columns: [t.organisationId, t.callId],
      foreignColumns: [innovationCalls.organisationId, innovationCalls.id],
    }).onDelete('cascade'),
    check('call_categories_name_ro', localizedHasRomanian('name')),
  ],
);

export type InnovationCall = typeof innovationCalls.$inferSelect;
export type CallCategory = typeof callCategories.$inferSelect;
