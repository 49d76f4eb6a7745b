-- Projects, their delivery and their measured savings (issue 10, decision 070): projects made
-- from selected proposals, milestones, status updates, the savings register with its four-eyes
-- sign-off, KPIs, and who may verify savings.
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"call_id" uuid,
	"category_id" uuid,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"department_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"support" text DEFAULT '' NOT NULL,
	"budget_ron" integer,
	"climate_area" text,
	"stop_reason" text,
	"lessons_learnt" text,
	"implemented_at" timestamp with time zone,
	"stopped_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_org_id_unique" UNIQUE("organisation_id","id"),
	CONSTRAINT "projects_state" CHECK (state in ('planned', 'mvp_in_progress', 'mvp_tested', 'adopted', 'stopped', 'implemented')),
	CONSTRAINT "projects_climate_area" CHECK (climate_area is null or climate_area in ('buildings_energy', 'mobility', 'waste_circular', 'green_spaces', 'digital_paperless', 'adaptation')),
	CONSTRAINT "projects_title_length" CHECK (length("projects"."title") between 1 and 200),
	CONSTRAINT "projects_text_lengths" CHECK (length("projects"."summary") <= 5000 and length("projects"."support") <= 2000 and length(coalesce("projects"."stop_reason", '')) <= 5000 and length(coalesce("projects"."lessons_learnt", '')) <= 5000),
	CONSTRAINT "projects_budget" CHECK ("projects"."budget_ron" is null or "projects"."budget_ron" >= 0),
	CONSTRAINT "projects_stopped_explained" CHECK ("projects"."state" <> 'stopped' or (length(trim(coalesce("projects"."stop_reason", ''))) > 0 and length(trim(coalesce("projects"."lessons_learnt", ''))) > 0)),
	CONSTRAINT "projects_implemented_at" CHECK ("projects"."state" <> 'implemented' or "projects"."implemented_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "project_proposals" (
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	CONSTRAINT "project_proposals_pk" PRIMARY KEY("project_id","proposal_id"),
	CONSTRAINT "project_proposals_proposal_unique" UNIQUE("proposal_id")
);
--> statement-breakpoint
CREATE TABLE "project_members" (
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "project_members_pk" PRIMARY KEY("project_id","user_id","role"),
	CONSTRAINT "project_members_role" CHECK (role in ('team', 'mentor'))
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"done_at" timestamp with time zone,
	"overdue_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_milestones_status" CHECK (status in ('not_started', 'in_progress', 'done', 'blocked')),
	CONSTRAINT "project_milestones_weight" CHECK ("project_milestones"."weight" between 1 and 100),
	CONSTRAINT "project_milestones_title_length" CHECK (length("project_milestones"."title") between 1 and 200),
	CONSTRAINT "project_milestones_done_at" CHECK (("project_milestones"."status" = 'done') = ("project_milestones"."done_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "project_updates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_updates_body_length" CHECK (length("project_updates"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "savings_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"custom_unit" text,
	"baseline" numeric(16, 2),
	"estimate" numeric(16, 2),
	"measured" numeric(16, 2),
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"recurrence" text DEFAULT 'one_off' NOT NULL,
	"method" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"measurement_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savings_entries_metric" CHECK (metric in ('ron', 'eur', 'staff_hours', 'paper_sheets', 'kwh', 'co2e_kg', 'custom')),
	CONSTRAINT "savings_entries_recurrence" CHECK (recurrence in ('one_off', 'monthly', 'quarterly', 'yearly')),
	CONSTRAINT "savings_entries_custom_unit" CHECK (("savings_entries"."metric" = 'custom') = (length(trim(coalesce("savings_entries"."custom_unit", ''))) > 0) and length(coalesce("savings_entries"."custom_unit", '')) <= 40),
	CONSTRAINT "savings_entries_period" CHECK ("savings_entries"."period_end" >= "savings_entries"."period_start"),
	CONSTRAINT "savings_entries_text_lengths" CHECK (length("savings_entries"."method") between 1 and 2000 and length("savings_entries"."evidence") <= 2000),
	CONSTRAINT "savings_entries_verifier_not_author" CHECK ("savings_entries"."verified_by" is null or "savings_entries"."verified_by" <> "savings_entries"."author_id"),
	CONSTRAINT "savings_entries_verified_complete" CHECK (("savings_entries"."verified_by" is null) = ("savings_entries"."verified_at" is null) and ("savings_entries"."verified_at" is null or "savings_entries"."measured" is not null))
);
--> statement-breakpoint
CREATE TABLE "savings_verifiers" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savings_verifiers_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "project_kpis" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"before_value" numeric(16, 2) NOT NULL,
	"before_on" date NOT NULL,
	"after_value" numeric(16, 2),
	"after_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_kpis_text_lengths" CHECK (length("project_kpis"."name") between 1 and 200 and length("project_kpis"."unit") <= 40),
	CONSTRAINT "project_kpis_after_pair" CHECK (("project_kpis"."after_value" is null) = ("project_kpis"."after_on" is null)),
	CONSTRAINT "project_kpis_dates" CHECK ("project_kpis"."after_on" is null or "project_kpis"."after_on" >= "project_kpis"."before_on")
);
--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_project_fk" FOREIGN KEY ("organisation_id","project_id") REFERENCES "public"."projects"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_project_fk" FOREIGN KEY ("organisation_id","project_id") REFERENCES "public"."projects"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_fk" FOREIGN KEY ("organisation_id","project_id") REFERENCES "public"."projects"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_proposals" ADD CONSTRAINT "project_proposals_project_fk" FOREIGN KEY ("organisation_id","project_id") REFERENCES "public"."projects"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_proposals" ADD CONSTRAINT "project_proposals_proposal_fk" FOREIGN KEY ("organisation_id","proposal_id") REFERENCES "public"."proposals"("organisation_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_project_fk" FOREIGN KEY ("organisation_id","project_id") REFERENCES "public"."projects"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_id_users_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_department_fk" FOREIGN KEY ("organisation_id","department_id") REFERENCES "public"."departments"("organisation_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_call_fk" FOREIGN KEY ("organisation_id","call_id") REFERENCES "public"."innovation_calls"("organisation_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_category_fk" FOREIGN KEY ("call_id","category_id") REFERENCES "public"."call_categories"("call_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "savings_entries" ADD CONSTRAINT "savings_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "savings_entries" ADD CONSTRAINT "savings_entries_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "savings_entries" ADD CONSTRAINT "savings_entries_project_fk" FOREIGN KEY ("organisation_id","project_id") REFERENCES "public"."projects"("organisation_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "savings_verifiers" ADD CONSTRAINT "savings_verifiers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "savings_verifiers" ADD CONSTRAINT "savings_verifiers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "project_kpis_project_idx" ON "project_kpis" USING btree ("project_id");
--> statement-breakpoint
CREATE INDEX "project_members_user_idx" ON "project_members" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "project_milestones_project_idx" ON "project_milestones" USING btree ("project_id","due_on");
--> statement-breakpoint
CREATE INDEX "project_milestones_due_idx" ON "project_milestones" USING btree ("due_on") WHERE status <> 'done' and overdue_reminded_at is null;
--> statement-breakpoint
CREATE INDEX "project_updates_project_idx" ON "project_updates" USING btree ("project_id","created_at");
--> statement-breakpoint
CREATE INDEX "projects_org_state_idx" ON "projects" USING btree ("organisation_id","state");
--> statement-breakpoint
CREATE INDEX "projects_department_idx" ON "projects" USING btree ("department_id");
--> statement-breakpoint
CREATE INDEX "projects_lead_idx" ON "projects" USING btree ("lead_id");
--> statement-breakpoint
CREATE INDEX "savings_entries_project_idx" ON "savings_entries" USING btree ("project_id","period_end");
--> statement-breakpoint
CREATE INDEX "savings_entries_verified_idx" ON "savings_entries" USING btree ("organisation_id","metric","period_end") WHERE verified_at is not null;
--> statement-breakpoint
-- A verified saving is a public figure: its numbers, period, project and people never change
-- afterwards (a correction is a new entry, signed off again), and the sign-off is never undone.
CREATE FUNCTION savings_entries_frozen_once_verified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.verified_at IS NOT NULL AND (
    NEW.verified_at IS DISTINCT FROM OLD.verified_at OR
    NEW.verified_by IS DISTINCT FROM OLD.verified_by OR
    NEW.project_id IS DISTINCT FROM OLD.project_id OR
    NEW.metric IS DISTINCT FROM OLD.metric OR
    NEW.custom_unit IS DISTINCT FROM OLD.custom_unit OR
    NEW.baseline IS DISTINCT FROM OLD.baseline OR
    NEW.estimate IS DISTINCT FROM OLD.estimate OR
    NEW.measured IS DISTINCT FROM OLD.measured OR
    NEW.period_start IS DISTINCT FROM OLD.period_start OR
    NEW.period_end IS DISTINCT FROM OLD.period_end OR
    NEW.recurrence IS DISTINCT FROM OLD.recurrence OR
    NEW.author_id IS DISTINCT FROM OLD.author_id
  ) THEN
    RAISE EXCEPTION 'a verified savings entry cannot change' USING ERRCODE = 'check_violation',
      CONSTRAINT = 'savings_entries_frozen_once_verified';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER savings_entries_frozen_once_verified BEFORE UPDATE ON savings_entries
  FOR EACH ROW EXECUTE FUNCTION savings_entries_frozen_once_verified();
