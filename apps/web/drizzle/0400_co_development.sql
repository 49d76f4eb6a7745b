-- Co-development (issue 8 item 3): comments with one level of replies, reports to the moderators,
-- supports and followers of proposals. Decision 080.
CREATE TABLE "proposal_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"parent_id" uuid,
	"depth" smallint DEFAULT 0 NOT NULL,
	"reply_depth" smallint GENERATED ALWAYS AS (depth + 1) STORED,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by_id" uuid,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_comments_reply_target" UNIQUE("organisation_id","proposal_id","id","reply_depth"),
	CONSTRAINT "proposal_comments_depth" CHECK ("depth" in (0, 1) and ("parent_id" is null) = ("depth" = 0)),
	CONSTRAINT "proposal_comments_body_length" CHECK (length("body") <= 5000 and ("deleted_at" is not null or length(trim("body")) > 0)),
	CONSTRAINT "proposal_comments_hidden_has_reason" CHECK (("hidden_at" is null) = ("hidden_reason" is null) and length(coalesce("hidden_reason", 'x')) between 1 and 1000)
);
--> statement-breakpoint
ALTER TABLE "proposal_comments" ADD CONSTRAINT "proposal_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE restrict;
--> statement-breakpoint
ALTER TABLE "proposal_comments" ADD CONSTRAINT "proposal_comments_hidden_by_id_users_id_fk" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE set null;
--> statement-breakpoint
ALTER TABLE "proposal_comments" ADD CONSTRAINT "proposal_comments_proposal_fk" FOREIGN KEY ("organisation_id","proposal_id") REFERENCES "proposals"("organisation_id","id") ON DELETE cascade;
--> statement-breakpoint
-- A reply's parent is a top-level comment of the same proposal: its reply_depth (1) is the
-- reply's depth (1). A reply to a reply would need a parent whose reply_depth is 1: none is.
ALTER TABLE "proposal_comments" ADD CONSTRAINT "proposal_comments_one_level_of_replies" FOREIGN KEY ("organisation_id","proposal_id","parent_id","depth") REFERENCES "proposal_comments"("organisation_id","proposal_id","id","reply_depth") ON DELETE cascade;
--> statement-breakpoint
CREATE INDEX "proposal_comments_thread_idx" ON "proposal_comments" ("proposal_id","created_at","id") WHERE "parent_id" is null;
--> statement-breakpoint
CREATE INDEX "proposal_comments_replies_idx" ON "proposal_comments" ("parent_id","created_at","id");
--> statement-breakpoint
CREATE INDEX "proposal_comments_author_idx" ON "proposal_comments" ("author_id");
--> statement-breakpoint
CREATE TABLE "proposal_comment_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" uuid,
	"resolution" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_comment_reports_once" UNIQUE("comment_id","reporter_id"),
	CONSTRAINT "proposal_comment_reports_reason" CHECK (length(trim("reason")) between 1 and 1000),
	CONSTRAINT "proposal_comment_reports_resolution" CHECK (("resolved_at" is null and "resolution" is null) or ("resolved_at" is not null and "resolution" in ('hidden', 'kept')))
);
--> statement-breakpoint
ALTER TABLE "proposal_comment_reports" ADD CONSTRAINT "proposal_comment_reports_comment_id_proposal_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "proposal_comments"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "proposal_comment_reports" ADD CONSTRAINT "proposal_comment_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "proposal_comment_reports" ADD CONSTRAINT "proposal_comment_reports_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE set null;
--> statement-breakpoint
CREATE INDEX "proposal_comment_reports_open_idx" ON "proposal_comment_reports" ("organisation_id","created_at") WHERE "resolved_at" is null;
--> statement-breakpoint
CREATE TABLE "proposal_supports" (
	"organisation_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_supports_pkey" PRIMARY KEY("proposal_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "proposal_supports" ADD CONSTRAINT "proposal_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "proposal_supports" ADD CONSTRAINT "proposal_supports_proposal_fk" FOREIGN KEY ("organisation_id","proposal_id") REFERENCES "proposals"("organisation_id","id") ON DELETE cascade;
--> statement-breakpoint
CREATE INDEX "proposal_supports_user_idx" ON "proposal_supports" ("user_id");
--> statement-breakpoint
CREATE TABLE "proposal_followers" (
	"organisation_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_followers_pkey" PRIMARY KEY("proposal_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "proposal_followers" ADD CONSTRAINT "proposal_followers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "proposal_followers" ADD CONSTRAINT "proposal_followers_proposal_fk" FOREIGN KEY ("organisation_id","proposal_id") REFERENCES "proposals"("organisation_id","id") ON DELETE cascade;
--> statement-breakpoint
CREATE INDEX "proposal_followers_user_idx" ON "proposal_followers" ("user_id");
--> statement-breakpoint
-- Nobody supports their own proposal (issue 8 item 3): the proposal's author. Co-authors are
-- added to this check by the migration that brings them.
CREATE FUNCTION "proposal_supports_not_by_author"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM "proposals" p WHERE p."id" = NEW."proposal_id" AND p."author_id" = NEW."user_id") THEN
		RAISE EXCEPTION 'an author does not support their own proposal'
			USING ERRCODE = '23514', CONSTRAINT = 'proposal_supports_not_by_author';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "proposal_supports_not_by_author" BEFORE INSERT OR UPDATE ON "proposal_supports"
	FOR EACH ROW EXECUTE FUNCTION "proposal_supports_not_by_author"();
