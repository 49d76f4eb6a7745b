-- Co-authors and appeals name their process's organisation as every other pb table does
-- (inProcess): the pair (organisation_id, process_id) must be the process's own, so that no row
-- of one organisation hangs off another's process.
--
-- This file sorts before 0250, which creates both tables: on a fresh database 0250 creates them
-- with these keys and nothing is left to do here; on a database where 0250 already ran, the keys
-- are added now. Hence the checks instead of plain ALTER TABLE statements.
DO $$
BEGIN
  IF to_regclass('public.pb_proposal_members') IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM pg_constraint WHERE conname = 'pb_proposal_members_process_fk'
  ) THEN
    ALTER TABLE "pb_proposal_members" ADD CONSTRAINT "pb_proposal_members_process_fk"
      FOREIGN KEY ("organisation_id","process_id")
      REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade;
  END IF;
  IF to_regclass('public.pb_appeals') IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM pg_constraint WHERE conname = 'pb_appeals_process_fk'
  ) THEN
    ALTER TABLE "pb_appeals" ADD CONSTRAINT "pb_appeals_process_fk"
      FOREIGN KEY ("organisation_id","process_id")
      REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade;
  END IF;
END $$;
