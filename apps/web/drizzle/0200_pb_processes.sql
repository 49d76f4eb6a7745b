-- Citizen participatory budgeting: processes, their timeline, domains and the projects on the ballot.
CREATE TABLE "pb_processes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"audience" text DEFAULT 'public' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"budget" bigint NOT NULL,
	"project_cap" bigint NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"ballot_rule" jsonb NOT NULL,
	"counting_rule" text DEFAULT 'cluj' NOT NULL,
	"max_winners" integer DEFAULT 15 NOT NULL,
	"voting_opened_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pb_processes_org_id_unique" UNIQUE("organisation_id","id"),
	CONSTRAINT "pb_processes_audience" CHECK ("audience" in ('public', 'internal')),
	CONSTRAINT "pb_processes_state" CHECK ("state" in ('draft', 'information', 'submission', 'analysis', 'appeals', 'voting', 'validation', 'results', 'implementation')),
	CONSTRAINT "pb_processes_budget" CHECK ("budget" > 0 and "project_cap" > 0),
	CONSTRAINT "pb_processes_counting_rule" CHECK ("counting_rule" in ('cluj', 'greedy', 'mes-add1')),
	CONSTRAINT "pb_processes_voting_opened" CHECK ("state" not in ('voting', 'validation', 'results', 'implementation') or "voting_opened_at" is not null),
	CONSTRAINT "pb_processes_max_winners" CHECK ("max_winners" between 1 and 1000),
	CONSTRAINT "pb_processes_title_ro" CHECK (jsonb_typeof(title) = 'object' and length(coalesce(title->>'ro', '')) > 0)
);
--> statement-breakpoint
ALTER TABLE "pb_processes" ADD CONSTRAINT "pb_processes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pb_processes" ADD CONSTRAINT "pb_processes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "pb_processes_org_idx" ON "pb_processes" USING btree ("organisation_id","created_at");
--> statement-breakpoint
CREATE TABLE "pb_phases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pb_phases_process_phase_unique" UNIQUE("process_id","phase"),
	CONSTRAINT "pb_phases_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_phases_phase" CHECK ("phase" in ('information', 'submission', 'analysis', 'appeals', 'voting', 'validation', 'results', 'implementation'))
);
--> statement-breakpoint
CREATE TABLE "pb_domains" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"max_votes" integer,
	CONSTRAINT "pb_domains_process_key_unique" UNIQUE("process_id","key"),
	CONSTRAINT "pb_domains_process_id_unique" UNIQUE("process_id","id"),
	CONSTRAINT "pb_domains_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_domains_max_votes" CHECK ("max_votes" is null or "max_votes" >= 1),
	CONSTRAINT "pb_domains_name_ro" CHECK (jsonb_typeof(name) = 'object' and length(coalesce(name->>'ro', '')) > 0)
);
--> statement-breakpoint
CREATE TABLE "pb_projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"cost" bigint NOT NULL,
	"location" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pb_projects_process_number_unique" UNIQUE("process_id","number"),
	CONSTRAINT "pb_projects_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_projects_domain_fk" FOREIGN KEY ("process_id","domain_id") REFERENCES "pb_domains"("process_id","id"),
	CONSTRAINT "pb_projects_cost" CHECK ("cost" > 0),
	CONSTRAINT "pb_projects_title_length" CHECK (length("title") between 1 and 200),
	CONSTRAINT "pb_projects_summary_length" CHECK (length("summary") <= 5000)
);
--> statement-breakpoint
CREATE INDEX "pb_projects_process_idx" ON "pb_projects" USING btree ("process_id","domain_id","number");
--> statement-breakpoint
-- Once voting has opened, what voters vote on and how it is counted cannot change: the domain
-- refuses it (Conflict pb.rule.locked), and so does the database, for any other writer.
CREATE FUNCTION pb_refuse_rule_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.voting_opened_at IS NOT NULL AND (
    NEW.ballot_rule IS DISTINCT FROM OLD.ballot_rule
    OR NEW.counting_rule IS DISTINCT FROM OLD.counting_rule
    OR NEW.max_winners IS DISTINCT FROM OLD.max_winners
    OR NEW.budget IS DISTINCT FROM OLD.budget
    OR NEW.project_cap IS DISTINCT FROM OLD.project_cap
    OR NEW.currency IS DISTINCT FROM OLD.currency
    OR NEW.voting_opened_at IS DISTINCT FROM OLD.voting_opened_at
  ) THEN
    RAISE EXCEPTION 'the ballot rules of a process are locked once voting has opened'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_rules_locked';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_processes_rules_locked
  BEFORE UPDATE ON pb_processes
  FOR EACH ROW EXECUTE FUNCTION pb_refuse_rule_change();
--> statement-breakpoint
-- The domains (their vote limits) and the projects (their costs) are part of the ballot too.
CREATE FUNCTION pb_refuse_ballot_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  opened timestamptz;
  pid uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN pid := OLD.process_id; ELSE pid := NEW.process_id; END IF;
  SELECT voting_opened_at INTO opened FROM pb_processes WHERE id = pid;
  IF opened IS NOT NULL THEN
    RAISE EXCEPTION 'the ballot of a process is locked once voting has opened'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_rules_locked';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_domains_locked
  BEFORE INSERT OR UPDATE OR DELETE ON pb_domains
  FOR EACH ROW EXECUTE FUNCTION pb_refuse_ballot_change();
--> statement-breakpoint
CREATE TRIGGER pb_projects_locked
  BEFORE INSERT OR UPDATE OR DELETE ON pb_projects
  FOR EACH ROW EXECUTE FUNCTION pb_refuse_ballot_change();
