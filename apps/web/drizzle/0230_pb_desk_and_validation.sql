-- Assisted and paper voting at the city desk, and vote validation (issue 9, items 8 and 9;
-- decision 053). Who assisted is recorded beside the roll, never beside a ballot; paper ballots
-- count once a second person confirmed their batch; invalidated ballots stay stored, flagged,
-- and are left out of the count.
ALTER TABLE "pb_voter_roll" ADD COLUMN "channel" text DEFAULT 'online' NOT NULL;
--> statement-breakpoint
UPDATE "pb_voter_roll" SET "channel" = 'code' WHERE "code_id" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "pb_voter_roll" ADD COLUMN "person_key" text;
--> statement-breakpoint
ALTER TABLE "pb_voter_roll" ADD COLUMN "network" text;
--> statement-breakpoint
ALTER TABLE "pb_voter_roll" DROP CONSTRAINT "pb_voter_roll_one_voter";
--> statement-breakpoint
ALTER TABLE "pb_voter_roll" ADD CONSTRAINT "pb_voter_roll_one_voter" CHECK (num_nonnulls("user_id", "code_id", "person_key") <= 1);
--> statement-breakpoint
ALTER TABLE "pb_voter_roll" ADD CONSTRAINT "pb_voter_roll_channel" CHECK ("channel" in ('online', 'code', 'assisted') and ("code_id" is null or "channel" = 'code') and ("person_key" is null or "channel" = 'assisted'));
--> statement-breakpoint
ALTER TABLE "pb_voter_roll" ADD CONSTRAINT "pb_voter_roll_process_person_unique" UNIQUE("process_id","person_key");
--> statement-breakpoint
CREATE TABLE "pb_desk_assists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"roll_id" uuid NOT NULL,
	"assisted_by" uuid,
	"document_kind" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pb_desk_assists_roll_unique" UNIQUE("roll_id"),
	CONSTRAINT "pb_desk_assists_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_desk_assists_roll_id_pb_voter_roll_id_fk" FOREIGN KEY ("roll_id") REFERENCES "public"."pb_voter_roll"("id") ON DELETE cascade,
	CONSTRAINT "pb_desk_assists_assisted_by_users_id_fk" FOREIGN KEY ("assisted_by") REFERENCES "public"."users"("id") ON DELETE set null,
	CONSTRAINT "pb_desk_assists_document" CHECK ("document_kind" in ('identity_card', 'passport', 'residence_permit', 'driving_licence'))
);
--> statement-breakpoint
CREATE TABLE "pb_paper_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"ballot_count" integer NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "pb_paper_batches_number_unique" UNIQUE("process_id","number"),
	CONSTRAINT "pb_paper_batches_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_paper_batches_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null,
	CONSTRAINT "pb_paper_batches_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null,
	CONSTRAINT "pb_paper_batches_count" CHECK ("ballot_count" > 0),
	CONSTRAINT "pb_paper_batches_four_eyes" CHECK ("confirmed_by" is null or "entered_by" is null or "confirmed_by" <> "entered_by")
);
--> statement-breakpoint
-- A confirmed batch is final: it cannot be unconfirmed, reassigned or changed.
CREATE FUNCTION pb_refuse_confirmed_batch_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.confirmed_at IS NOT NULL AND (NEW.confirmed_at IS DISTINCT FROM OLD.confirmed_at
     OR NEW.ballot_count <> OLD.ballot_count OR NEW.number <> OLD.number
     OR (NEW.confirmed_by IS NOT NULL AND NEW.confirmed_by IS DISTINCT FROM OLD.confirmed_by)) THEN
    RAISE EXCEPTION 'a confirmed paper batch is final'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_paper_batches_final';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_paper_batches_final
  BEFORE UPDATE ON pb_paper_batches
  FOR EACH ROW EXECUTE FUNCTION pb_refuse_confirmed_batch_change();
--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD COLUMN "batch_id" uuid;
--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD COLUMN "invalidated" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD CONSTRAINT "pb_ballots_batch_id_pb_paper_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."pb_paper_batches"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "pb_ballots" ADD CONSTRAINT "pb_ballots_paper_untagged" CHECK ("batch_id" is null or "voter_tag" is null);
--> statement-breakpoint
CREATE INDEX "pb_ballots_batch_idx" ON "pb_ballots" USING btree ("batch_id");
--> statement-breakpoint
CREATE TABLE "pb_invalidations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"roll_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"invalidated_by" uuid,
	"invalidated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pb_invalidations_roll_unique" UNIQUE("roll_id"),
	CONSTRAINT "pb_invalidations_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "pb_invalidations_roll_id_pb_voter_roll_id_fk" FOREIGN KEY ("roll_id") REFERENCES "public"."pb_voter_roll"("id") ON DELETE cascade,
	CONSTRAINT "pb_invalidations_invalidated_by_users_id_fk" FOREIGN KEY ("invalidated_by") REFERENCES "public"."users"("id") ON DELETE set null,
	CONSTRAINT "pb_invalidations_reason" CHECK (char_length(btrim("reason")) between 3 and 2000)
);
--> statement-breakpoint
-- Ballots: cast or changed only while voting is open (decision 050), with three exceptions —
-- erasing the voter tag (when results are published), a paper batch's ballots entered while
-- voting is open or under validation (decision 053), and invalidation during validation, which
-- flips `invalidated` and nothing else.
CREATE OR REPLACE FUNCTION pb_refuse_ballot_after_close() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s text;
  pid uuid;
  paper boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN pid := OLD.process_id; paper := OLD.batch_id IS NOT NULL;
  ELSE pid := NEW.process_id; paper := NEW.batch_id IS NOT NULL; END IF;
  SELECT state INTO s FROM pb_processes WHERE id = pid;
  IF TG_OP = 'UPDATE' AND NEW.project_ids = OLD.project_ids AND NEW.points = OLD.points
     AND NEW.receipt_hash = OLD.receipt_hash AND NEW.batch_id IS NOT DISTINCT FROM OLD.batch_id
     AND NEW.id = OLD.id THEN
    IF NEW.voter_tag IS NULL AND OLD.voter_tag IS NOT NULL
       AND NEW.invalidated = OLD.invalidated THEN
      RETURN NEW; -- erasing the tag is allowed at any time
    END IF;
    IF NEW.invalidated AND NOT OLD.invalidated
       AND NEW.voter_tag IS NOT DISTINCT FROM OLD.voter_tag
       AND s IN ('voting', 'validation') THEN
      RETURN NEW; -- invalidation, before results
    END IF;
  END IF;
  IF s IS NOT NULL AND NOT (s = 'voting' OR (paper AND s = 'validation')) THEN
    RAISE EXCEPTION 'ballots can be cast or changed only while voting is open'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_ballots_voting_open';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
