import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';

/** What an upload may be, decided from its bytes (types.ts), never from its name. */
export const FILE_TYPES = [
  'pdf',
  'jpeg',
  'png',
  'webp',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
] as const;
export type FileType = (typeof FILE_TYPES)[number];

/** What a file may be attached to: each kind is declared by its module's manifest. */
export const SUBJECT_TYPES = ['proposal', 'project_update', 'savings_entry'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** The largest single file any use accepts (each use has its own, smaller or equal, limit). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * An uploaded file (decision 085). The bytes live outside the web root under FILES_DIR, named
 * by the row's id, never by what the uploader called it; the row says what it is (sniffed), how
 * big, its SHA-256, who uploaded it and what it is attached to. Stored with its documents'
 * metadata already removed (authors, EXIF, XMP).
 */
export const files = pgTable(
  'files',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    subjectType: text('subject_type').$type<SubjectType>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    uploaderId: uuid('uploader_id').references(() => users.id, { onDelete: 'set null' }),
    originalName: text('original_name').notNull(),
    fileType: text('file_type').$type<FileType>().notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'files_subject_type',
      sql.raw(`subject_type in (${SUBJECT_TYPES.map((s) => `'${s}'`).join(', ')})`),
    ),
    check(
      'files_file_type',
      sql.raw(`file_type in (${FILE_TYPES.map((s) => `'${s}'`).join(', ')})`),
    ),
    check('files_size', sql`${t.sizeBytes} between 1 and ${sql.raw(String(MAX_FILE_BYTES))}`),
    check('files_sha256', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      'files_original_name',
      sql`length(${t.originalName}) between 1 and 200 and ${t.originalName} !~ '[/\\\\[:cntrl:]]'`,
    ),
    index('files_subject_idx').on(t.organisationId, t.subjectType, t.subjectId, t.createdAt),
    index('files_uploader_idx').on(t.uploaderId),
  ],
);

export type StoredFile = typeof files.$inferSelect;
