-- A staff vote's electorate is the organisation's employees (decision 058): the process linked
-- to a call is internal, and stays internal. Checked here for every writer, not only the domain.
CREATE FUNCTION call_staff_votes_refuse_public() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'call_staff_votes' THEN
    IF EXISTS (SELECT 1 FROM pb_processes WHERE id = NEW.process_id AND audience <> 'internal') THEN
      RAISE EXCEPTION 'a staff vote is an internal process'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'call_staff_votes_internal';
    END IF;
  ELSIF NEW.audience <> 'internal'
    AND EXISTS (SELECT 1 FROM call_staff_votes WHERE process_id = NEW.id) THEN
    RAISE EXCEPTION 'a staff vote is an internal process'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'call_staff_votes_internal';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER call_staff_votes_internal
  BEFORE INSERT OR UPDATE OF process_id ON call_staff_votes
  FOR EACH ROW EXECUTE FUNCTION call_staff_votes_refuse_public();
--> statement-breakpoint
CREATE TRIGGER pb_processes_staff_vote_internal
  BEFORE UPDATE OF audience ON pb_processes
  FOR EACH ROW EXECUTE FUNCTION call_staff_votes_refuse_public();
