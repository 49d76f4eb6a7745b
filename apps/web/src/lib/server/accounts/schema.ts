import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { departments, organisations } from '../organisations/schema.ts';

export const ROLES = ['participant', 'employee', 'evaluator', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Staff grades, lowest first (a call may exclude some: Turin's calls left directors out). */
export const STAFF_GRADES = [
  'staff',
  'head_of_office',
  'head_of_service',
  'director',
  'executive',
] as const;
export type StaffGrade = (typeof STAFF_GRADES)[number];

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    locale: text('locale').notNull().default('ro'),
    /** Null for accounts that only ever sign in through single sign-on. */
    passwordHash: text('password_hash'),
    emailVerifiedAt: at('email_verified_at'),
    /**
     * Set when the person erased their account: the row stays only so that their submitted
     * contributions keep an (anonymised) author; it can never sign in or be linked again.
     */
    erasedAt: at('erased_at'),
    /** Two-factor sign-in (TOTP): the secret, sealed with SECRET_KEY; set once confirmed. */
    totpSecretSealed: text('totp_secret_sealed'),
    /** A secret being set up, until its first code confirms it. */
    totpPendingSealed: text('totp_pending_sealed'),
    totpEnabledAt: at('totp_enabled_at'),
    /** The last time step a code was accepted for: a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    check('users_locale', sql`${t.locale} in ('ro', 'en', 'hu')`),
    check('users_name_length', sql`length(${t.name}) between 1 and 200`),
    check('users_email_length', sql`length(${t.email}) between 3 and 254`),
    check(
      'users_totp_enabled_has_secret',
      sql`${t.totpEnabledAt} is null or ${t.totpSecretSealed} is not null`,
    ),
  ],
);

/** One-time recovery codes for two-factor sign-in: only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: at('used_at'),
    createdAt: createdAt(),
  },
  (t) => [unique('recovery_codes_user_hash_unique').on(t.userId, t.codeHash)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{participant}'::text[]`),
    departmentId: uuid('department_id'),
    /** Their grade as staff (a call may leave some out, e.g. directors); null when unknown. */
    staffGrade: text('staff_grade').$type<StaffGrade>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('memberships_org_user_unique').on(t.organisationId, t.userId),
    check(
      'memberships_staff_grade',
      sql`${t.staffGrade} is null or ${t.staffGrade} in ('staff', 'head_of_office', 'head_of_service', 'director', 'executive')`,
    ),
    check(
      'memberships_roles_known',
      sql`${t.roles} <@ array['participant','employee','evaluator','moderator','admin']::text[]`,
    ),
    // The department is one of this organisation's.
    foreignKey({
      name: 'memberships_department_fk',
      columns: [t.organisationId, t.departmentId],
      foreignColumns: [departments.organisationId, departments.id],
    }),
    index('memberships_user_idx').on(t.userId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a database leak yields no usable session. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const emailTokens = pgTable(
  'email_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<TokenPurpose>().notNull(),
    tokenHash: text('token_hash').notNull().unique('email_tokens_hash_unique'),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: at('used_at'),
    createdAt: createdAt(),
  },
  (t) => [check('email_tokens_purpose', sql`${t.purpose} in ('verify_email', 'reset_password')`)],
);

export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    id: id(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [unique('oidc_identities_issuer_subject_unique').on(t.issuer, t.subject)],
);

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
