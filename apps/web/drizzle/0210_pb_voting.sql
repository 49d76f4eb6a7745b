-- Citizen participatory budgeting: who may vote (declarations, one-time codes), the voter roll
-- and the ballots — kept apart, nothing in one pointing at the other (decision 050).
ALTER TABLE "pb_processes" ADD COLUMN "min_age" integer DEFAULT 18 NOT NULL;
--> statement-breakpoint
ALTER TABLE "pb_processes" ADD CONSTRAINT "pb_processes_min_age" CHECK ("min_age" between 0 and 120);
--> statement-breakpoint
CREATE TABLE "pb_participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"birth_year" integer NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pb_participants_process_user_unique" UNIQUE("process_id","user_id"),
	CONSTRAINT "pb_participants_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade,
	CONSTRAINT "pb_participants_relation" CHECK ("relation" in ('lives', 'works', 'studies')),
	CONSTRAINT "pb_participants_birth_year" CHECK ("birth_year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "pb_voting_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"batch" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "pb_voting_codes_hash_unique" UNIQUE("code_hash"),
	CONSTRAINT "pb_voting_codes_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX "pb_voting_codes_process_idx" ON "pb_voting_codes" USING btree ("process_id","batch");
--> statement-breakpoint
CREATE TABLE "pb_voter_roll" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"user_id" uuid,
	"code_id" uuid,
	"voted_at" timestamp with time zone NOT NULL,
	"changes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "pb_voter_roll_process_user_unique" UNIQUE("process_id","user_id"),
	CONSTRAINT "pb_voter_roll_code_unique" UNIQUE("code_id"),
	CONSTRAINT "pb_voter_roll_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_voter_roll_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null,
	CONSTRAINT "pb_voter_roll_code_id_pb_voting_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."pb_voting_codes"("id") ON DELETE restrict,
	CONSTRAINT "pb_voter_roll_one_voter" CHECK ("user_id" is null or "code_id" is null)
);
--> statement-breakpoint
CREATE TABLE "pb_ballots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"voter_tag" text,
	"receipt_hash" text NOT NULL,
	"project_ids" uuid[] NOT NULL,
	"points" integer[] NOT NULL,
	CONSTRAINT "pb_ballots_one_per_voter" UNIQUE("process_id","voter_tag"),
	CONSTRAINT "pb_ballots_receipt_unique" UNIQUE("receipt_hash"),
	CONSTRAINT "pb_ballots_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_ballots_shape" CHECK (cardinality("project_ids") > 0 and cardinality("project_ids") = cardinality("points"))
);
--> statement-breakpoint
-- Once voting has closed, ballots are final: nothing changes or removes one (invalidation, when
-- it comes, is its own audited table).
CREATE FUNCTION pb_refuse_ballot_after_close() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s text;
  pid uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN pid := OLD.process_id; ELSE pid := NEW.process_id; END IF;
  SELECT state INTO s FROM pb_processes WHERE id = pid;
  IF TG_OP = 'UPDATE' AND NEW.voter_tag IS NULL AND OLD.voter_tag IS NOT NULL
     AND NEW.project_ids = OLD.project_ids AND NEW.points = OLD.points
     AND NEW.receipt_hash = OLD.receipt_hash THEN
    RETURN NEW; -- erasing the tag at close is the one change allowed
  END IF;
  IF s IS NOT NULL AND s <> 'voting' THEN
    RAISE EXCEPTION 'ballots can be cast or changed only while voting is open'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_ballots_voting_open';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_ballots_voting_open
  BEFORE INSERT OR UPDATE OR DELETE ON pb_ballots
  FOR EACH ROW EXECUTE FUNCTION pb_refuse_ballot_after_close();
