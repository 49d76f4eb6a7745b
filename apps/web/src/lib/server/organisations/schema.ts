import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  foreignKey,
  index,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, localized, localizedHasRomanian, updatedAt } from '../db/columns.ts';

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    slug: text('slug').notNull().unique('organisations_slug_unique'),
    name: localized('name'),
    timeZone: text('time_zone').notNull().default('Europe/Bucharest'),
    defaultLocale: text('default_locale').notNull().default('ro'),
    /** Verifying an address on one of these domains makes a member an employee. */
    staffEmailDomains: text('staff_email_domains')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * The address people use (https://…): links in e-mails point here. Unset: the installation's
     * ORIGIN. Never taken from a request.
     */
    publicUrl: text('public_url'),
    /** Administrators must sign in with a second factor to use their administration tools. */
    requireAdminTwoFactor: boolean('require_admin_two_factor').notNull().default(false),
    /** Host names this organisation answers on (several organisations on one installation). */
    hosts: text('hosts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Links and buttons in this colour (`#rrggbb`); unset: the platform's own. */
    accentColour: text('accent_colour'),
    /** The logo's SHA-256 (its bytes are in organisation_logos): its address changes with it. */
    logoSha256: text('logo_sha256'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('organisations_slug_format', sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check('organisations_default_locale', sql`${t.defaultLocale} in ('ro', 'en', 'hu')`),
    check('organisations_name_ro', localizedHasRomanian('name')),
    // WCAG AA: 4.5:1 against white, the text it carries and the background it is read on.
    check(
      'organisations_accent_colour',
      sql`${t.accentColour} is null or (${t.accentColour} ~ '^#[0-9a-f]{6}$' and branding_contrast_on_white(${t.accentColour}) >= 4.5)`,
    ),
    check(
      'organisations_logo_sha256',
      sql`${t.logoSha256} is null or ${t.logoSha256} ~ '^[0-9a-f]{64}$'`,
    ),
    check(
      'organisations_public_url',
      sql`${t.publicUrl} is null or ${t.publicUrl} ~ '^https?://[a-z0-9.-]+(:[0-9]+)?$'`,
    ),
  ],
);

/**
 * Single sign-on for one organisation: its provider, its client, and the role a person signing
 * in through it receives here. The client secret is sealed with SECRET_KEY (never stored plain,
 * never shown back).
 */
export const organisationSso = pgTable(
  'organisation_sso',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    clientSecretSealed: text('client_secret_sealed').notNull(),
    role: text('role').$type<'employee' | 'participant'>().notNull().default('employee'),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('organisation_sso_role', sql`${t.role} in ('employee', 'participant')`),
    check('organisation_sso_issuer', sql`${t.issuer} ~ '^https?://'`),
  ],
);

export const departments = pgTable(
  'departments',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    key: text('key').notNull(),
    name: localized('name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('departments_org_id_unique').on(t.organisationId, t.id),
    unique('departments_org_key_unique').on(t.organisationId, t.key),
    // A parent is always in the same organisation.
    foreignKey({
      name: 'departments_parent_fk',
      columns: [t.organisationId, t.parentId],
      foreignColumns: [t.organisationId, t.id],
    }),
    check('departments_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check('departments_name_ro', localizedHasRomanian('name')),
    index('departments_parent_idx').on(t.parentId),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * An organisation's logo: a PNG, JPEG or WebP recognised by its bytes (never SVG, which can
 * carry script), at most 256 KB. Kept in the database so that every app process serves it.
 */
export const organisationLogos = pgTable(
  'organisation_logos',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    sha256: text('sha256').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'organisation_logos_content_type',
      sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp')`,
    ),
    check('organisation_logos_size', sql`octet_length(${t.bytes}) between 1 and 262144`),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type Department = typeof departments.$inferSelect;
export type OrganisationSso = typeof organisationSso.$inferSelect;
