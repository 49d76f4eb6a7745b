-- Background jobs in the same database (decision 020) and notifications (decision 021).
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	"dedupe_key" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "jobs_state" CHECK ("jobs"."state" in ('queued', 'running', 'done', 'failed', 'dead')),
	CONSTRAINT "jobs_attempts" CHECK ("jobs"."attempts" >= 0 and "jobs"."max_attempts" >= 1),
	CONSTRAINT "jobs_kind_format" CHECK ("jobs"."kind" ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
	CONSTRAINT "jobs_running_leased" CHECK ("jobs"."state" <> 'running' or "jobs"."locked_until" is not null)
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE cascade;
--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" ("run_at") WHERE "jobs"."state" in ('queued', 'failed');
--> statement-breakpoint
CREATE INDEX "jobs_leased_idx" ON "jobs" ("locked_until") WHERE "jobs"."state" = 'running';
--> statement-breakpoint
CREATE INDEX "jobs_org_idx" ON "jobs" ("organisation_id", "state", "created_at");
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"resource_type" text,
	"resource_id" text,
	"href" text,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"email" text NOT NULL,
	"read_at" timestamp with time zone,
	"digested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_email" CHECK ("notifications"."email" in ('now', 'digest', 'off')),
	CONSTRAINT "notifications_href_local" CHECK ("notifications"."href" is null or "notifications"."href" ~ '^/[^/\\]')
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade;
--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" ("user_id", "organisation_id", "created_at");
--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" ("user_id", "organisation_id") WHERE "notifications"."read_at" is null;
--> statement-breakpoint
CREATE INDEX "notifications_digest_idx" ON "notifications" ("organisation_id", "created_at") WHERE "notifications"."email" = 'digest' and "notifications"."digested_at" is null;
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"email" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_pkey" PRIMARY KEY("user_id","kind"),
	CONSTRAINT "notification_preferences_email" CHECK ("notification_preferences"."email" in ('now', 'digest', 'off'))
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade;
