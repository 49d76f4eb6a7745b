-- A call configured in full (issue 8 item 1): evaluation and decision dates; who may submit
-- (departments, roles, staff grades excluded); individual and/or team submissions; tags;
-- anonymity towards the jury; the formal check's checklist; winners and the support on offer;
-- and its rubric (call_criteria). A person's staff grade lives on their membership.
ALTER TABLE "memberships" ADD COLUMN "staff_grade" text;
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_staff_grade" CHECK ("memberships"."staff_grade" is null or "memberships"."staff_grade" in ('staff', 'head_of_office', 'head_of_service', 'director', 'executive'));
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "evaluation_ends_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "decision_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "eligible_department_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "eligible_roles" text[] DEFAULT '{employee}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "excluded_grades" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "allows_individual" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "allows_team" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "max_team_size" integer DEFAULT 5;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "anonymous_to_jury" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "winners_count" integer;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "support_kind" text DEFAULT 'budget' NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "support_budget_minor" bigint;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "support_currency" text DEFAULT 'RON' NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "support_description" jsonb;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD CONSTRAINT "innovation_calls_phase_dates" CHECK (("innovation_calls"."evaluation_ends_at" is null or "innovation_calls"."evaluation_ends_at" >= "innovation_calls"."closes_at") and ("innovation_calls"."decision_at" is null or "innovation_calls"."decision_at" >= coalesce("innovation_calls"."evaluation_ends_at", "innovation_calls"."closes_at")));
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD CONSTRAINT "innovation_calls_submission_modes" CHECK (("innovation_calls"."allows_individual" or "innovation_calls"."allows_team") and (not "innovation_calls"."allows_team" or "innovation_calls"."max_team_size" between 2 and 20));
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD CONSTRAINT "innovation_calls_eligible_roles" CHECK ("innovation_calls"."eligible_roles" <@ array['participant','employee','evaluator','moderator','admin']::text[] and cardinality("innovation_calls"."eligible_roles") > 0);
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD CONSTRAINT "innovation_calls_winners" CHECK ("innovation_calls"."winners_count" is null or "innovation_calls"."winners_count" between 1 and 1000);
--> statement-breakpoint
ALTER TABLE "innovation_calls" ADD CONSTRAINT "innovation_calls_support" CHECK ("innovation_calls"."support_kind" in ('budget', 'technical_assistance', 'both') and ("innovation_calls"."support_budget_minor" is null or "innovation_calls"."support_budget_minor" >= 0));
--> statement-breakpoint
CREATE TABLE "call_criteria" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"weight" integer NOT NULL,
	"levels" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "call_criteria_call_key_unique" UNIQUE("call_id","key"),
	CONSTRAINT "call_criteria_name_ro" CHECK (jsonb_typeof(name) = 'object' and length(coalesce(name->>'ro', '')) > 0),
	CONSTRAINT "call_criteria_weight" CHECK ("call_criteria"."weight" between 1 and 100),
	CONSTRAINT "call_criteria_levels" CHECK (jsonb_typeof("call_criteria"."levels") = 'array' and jsonb_array_length("call_criteria"."levels") in (0, 5)),
	CONSTRAINT "call_criteria_key_format" CHECK ("call_criteria"."key" ~ '^[a-z0-9_]{1,64}$')
);
--> statement-breakpoint
ALTER TABLE "call_criteria" ADD CONSTRAINT "call_criteria_call_fk" FOREIGN KEY ("organisation_id","call_id") REFERENCES "public"."innovation_calls"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
