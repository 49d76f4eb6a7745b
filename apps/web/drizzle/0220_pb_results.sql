-- Published participatory-budgeting results: the rule, the winners and the .pb file anyone can recount.
CREATE TABLE "pb_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"winners" text[] NOT NULL,
	"pb_file" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pb_results_process_unique" UNIQUE("process_id"),
	CONSTRAINT "pb_results_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade
);
--> statement-breakpoint
-- Published is published: a result is never rewritten.
CREATE FUNCTION pb_results_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a published result does not change' USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_results_final';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_results_final
  BEFORE UPDATE ON pb_results
  FOR EACH ROW EXECUTE FUNCTION pb_results_refuse_change();
