-- Uploaded files (decision 085): the bytes under FILES_DIR, named by the row's id; the row holds
-- what was sniffed from them, their size and SHA-256, the uploader and what they are attached to.
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"uploader_id" uuid,
	"original_name" text NOT NULL,
	"file_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_subject_type" CHECK (subject_type in ('proposal', 'project_update', 'savings_entry')),
	CONSTRAINT "files_file_type" CHECK (file_type in ('pdf', 'jpeg', 'png', 'webp', 'docx', 'xlsx', 'pptx', 'odt', 'ods')),
	CONSTRAINT "files_size" CHECK ("files"."size_bytes" between 1 and 10485760),
	CONSTRAINT "files_sha256" CHECK ("files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "files_original_name" CHECK (length("files"."original_name") between 1 and 200 and "files"."original_name" !~ '[/\\[:cntrl:]]')
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "files_subject_idx" ON "files" ("organisation_id", "subject_type", "subject_id", "created_at");
--> statement-breakpoint
CREATE INDEX "files_uploader_idx" ON "files" ("uploader_id");
