-- Jury evaluation (issue 8 item 6): evaluators assigned to proposals, their declared conflicts
-- of interest, their scores per rubric criterion; and a call's published results (item 7).
-- A conflicted assignment is not "scorable" (a generated column), and scores reference
-- (assignment, scorable = true): the database refuses a conflicted evaluator's score.
CREATE TABLE "evaluation_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"assigned_by" uuid,
	"conflict_declared_at" timestamp with time zone,
	"conflict_reason" text,
	"scorable" boolean GENERATED ALWAYS AS (conflict_declared_at is null) STORED NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"scored_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_assignments_unique" UNIQUE("proposal_id","evaluator_id"),
	CONSTRAINT "evaluation_assignments_scorable_key" UNIQUE("id","scorable"),
	CONSTRAINT "evaluation_assignments_conflict_reason" CHECK (("evaluation_assignments"."conflict_declared_at" is null) = ("evaluation_assignments"."conflict_reason" is null) and length(coalesce("evaluation_assignments"."conflict_reason", 'x')) between 1 and 2000),
	CONSTRAINT "evaluation_assignments_version" CHECK ("evaluation_assignments"."version" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_scores" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assignment_id" uuid NOT NULL,
	"scorable" boolean DEFAULT true NOT NULL,
	"criterion_key" text NOT NULL,
	"score" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_scores_unique" UNIQUE("assignment_id","criterion_key"),
	CONSTRAINT "evaluation_scores_scorable" CHECK ("evaluation_scores"."scorable"),
	CONSTRAINT "evaluation_scores_range" CHECK ("evaluation_scores"."score" between 1 and 5),
	CONSTRAINT "evaluation_scores_comment_length" CHECK (length("evaluation_scores"."comment") <= 2000),
	CONSTRAINT "evaluation_scores_criterion_length" CHECK (length("evaluation_scores"."criterion_key") between 1 and 64)
);
--> statement-breakpoint
CREATE TABLE "call_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"figures" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_results_call_unique" UNIQUE("call_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "evaluation_assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "evaluation_assignments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "evaluation_assignments_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "evaluation_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_assignment_fk" FOREIGN KEY ("assignment_id","scorable") REFERENCES "public"."evaluation_assignments"("id","scorable") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "call_results" ADD CONSTRAINT "call_results_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "call_results" ADD CONSTRAINT "call_results_call_fk" FOREIGN KEY ("organisation_id","call_id") REFERENCES "public"."innovation_calls"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "evaluation_assignments_evaluator_idx" ON "evaluation_assignments" USING btree ("organisation_id","evaluator_id");
