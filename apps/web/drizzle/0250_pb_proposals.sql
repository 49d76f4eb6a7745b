-- Citizen proposals in a participatory-budgeting process, their co-authors, the analysis
-- checklist per process, and appeals. Decision 056.
CREATE TABLE "pb_proposal_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"per_domain_limit" integer DEFAULT 1 NOT NULL,
	"min_group_size" integer DEFAULT 1 NOT NULL,
	"checklist" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pb_proposal_rules_process_unique" UNIQUE("process_id"),
	CONSTRAINT "pb_proposal_rules_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_proposal_rules_per_domain_limit" CHECK ("per_domain_limit" between 1 and 20),
	CONSTRAINT "pb_proposal_rules_min_group_size" CHECK ("min_group_size" between 1 and 50),
	CONSTRAINT "pb_proposal_rules_checklist" CHECK (jsonb_typeof("checklist") = 'array' and jsonb_array_length("checklist") between 1 and 30)
);
--> statement-breakpoint
CREATE TABLE "pb_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"cost" bigint NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"domain_slot" integer,
	"client_token" uuid NOT NULL,
	"analysis" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"city_cost" bigint,
	"ineligible_reason" text,
	"merged_into_id" uuid,
	"project_id" uuid,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pb_proposals_org_id_unique" UNIQUE("organisation_id","id"),
	CONSTRAINT "pb_proposals_process_id_unique" UNIQUE("process_id","id"),
	CONSTRAINT "pb_proposals_process_number_unique" UNIQUE("process_id","number"),
	CONSTRAINT "pb_proposals_client_token_unique" UNIQUE("author_id","client_token"),
	CONSTRAINT "pb_proposals_per_domain" UNIQUE("process_id","author_id","domain_id","domain_slot"),
	CONSTRAINT "pb_proposals_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_proposals_domain_fk" FOREIGN KEY ("process_id","domain_id") REFERENCES "pb_domains"("process_id","id"),
	CONSTRAINT "pb_proposals_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE restrict,
	CONSTRAINT "pb_proposals_merged_into_fk" FOREIGN KEY ("process_id","merged_into_id") REFERENCES "pb_proposals"("process_id","id"),
	CONSTRAINT "pb_proposals_project_fk" FOREIGN KEY ("project_id") REFERENCES "pb_projects"("id") ON DELETE set null,
	CONSTRAINT "pb_proposals_state" CHECK ("state" in ('draft', 'submitted', 'eligible', 'ineligible', 'merged', 'withdrawn')),
	CONSTRAINT "pb_proposals_title_length" CHECK (length("title") between 1 and 200),
	CONSTRAINT "pb_proposals_description_length" CHECK (length("description") between 1 and 5000),
	CONSTRAINT "pb_proposals_address_length" CHECK ("address" is null or length("address") between 1 and 300),
	CONSTRAINT "pb_proposals_coordinates" CHECK (("latitude" is null) = ("longitude" is null) and ("latitude" is null or ("latitude" between -90 and 90 and "longitude" between -180 and 180))),
	CONSTRAINT "pb_proposals_cost" CHECK ("cost" > 0 and ("city_cost" is null or "city_cost" > 0)),
	CONSTRAINT "pb_proposals_slot" CHECK ("domain_slot" is null or ("domain_slot" >= 1 and "state" <> 'draft' and "state" <> 'withdrawn')),
	CONSTRAINT "pb_proposals_submitted" CHECK ("state" = 'draft' or "submitted_at" is not null),
	CONSTRAINT "pb_proposals_ineligible_reason" CHECK ("state" <> 'ineligible' or length(coalesce("ineligible_reason", '')) between 1 and 5000),
	CONSTRAINT "pb_proposals_merged" CHECK (("state" = 'merged') = ("merged_into_id" is not null) and ("merged_into_id" is null or "merged_into_id" <> "id")),
	CONSTRAINT "pb_proposals_eligible_cost" CHECK ("state" <> 'eligible' or "city_cost" is not null)
);
--> statement-breakpoint
CREATE INDEX "pb_proposals_process_idx" ON "pb_proposals" USING btree ("process_id","state","number");
--> statement-breakpoint
CREATE INDEX "pb_proposals_author_idx" ON "pb_proposals" USING btree ("author_id");
--> statement-breakpoint
-- The cap per project (the process's, incl. VAT) holds for the author's estimate and the city's,
-- and a person has at most the process's number of proposals in a domain: the slot the domain
-- gives (unique above) must lie within the limit. Checked here for every writer.
CREATE FUNCTION pb_proposals_within_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cap bigint;
  lim integer;
BEGIN
  SELECT project_cap INTO cap FROM pb_processes WHERE id = NEW.process_id;
  IF NEW.cost > cap OR NEW.city_cost > cap THEN
    RAISE EXCEPTION 'a proposal costs at most the process''s cap per project'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_proposals_cost_cap';
  END IF;
  IF NEW.domain_slot IS NOT NULL THEN
    SELECT coalesce(max(per_domain_limit), 1) INTO lim FROM pb_proposal_rules WHERE process_id = NEW.process_id;
    IF NEW.domain_slot > lim THEN
      RAISE EXCEPTION 'a person has at most the process''s number of proposals per domain'
        USING ERRCODE = 'unique_violation', CONSTRAINT = 'pb_proposals_per_domain';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_proposals_within_rules
  BEFORE INSERT OR UPDATE ON pb_proposals
  FOR EACH ROW EXECUTE FUNCTION pb_proposals_within_rules();
--> statement-breakpoint
CREATE TABLE "pb_proposal_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "pb_proposal_members_unique" UNIQUE("proposal_id","user_id"),
	CONSTRAINT "pb_proposal_members_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_proposal_members_proposal_fk" FOREIGN KEY ("process_id","proposal_id") REFERENCES "pb_proposals"("process_id","id") ON DELETE cascade,
	CONSTRAINT "pb_proposal_members_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade,
	CONSTRAINT "pb_proposal_members_state" CHECK ("state" in ('invited', 'accepted')),
	CONSTRAINT "pb_proposal_members_accepted" CHECK (("state" = 'accepted') = ("accepted_at" is not null))
);
--> statement-breakpoint
CREATE INDEX "pb_proposal_members_user_idx" ON "pb_proposal_members" USING btree ("user_id");
--> statement-breakpoint
CREATE TABLE "pb_appeals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"appellant_id" uuid,
	"text" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pb_appeals_proposal_unique" UNIQUE("proposal_id"),
	CONSTRAINT "pb_appeals_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_appeals_proposal_fk" FOREIGN KEY ("process_id","proposal_id") REFERENCES "pb_proposals"("process_id","id") ON DELETE cascade,
	CONSTRAINT "pb_appeals_appellant_fk" FOREIGN KEY ("appellant_id") REFERENCES "users"("id") ON DELETE set null,
	CONSTRAINT "pb_appeals_decided_by_fk" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE set null,
	CONSTRAINT "pb_appeals_state" CHECK ("state" in ('pending', 'upheld', 'rejected')),
	CONSTRAINT "pb_appeals_text_length" CHECK (length("text") between 1 and 5000),
	CONSTRAINT "pb_appeals_decided" CHECK (("state" = 'pending') = ("decided_at" is null) and ("state" = 'pending' or length(coalesce("decision_reason", '')) between 1 and 5000))
);
