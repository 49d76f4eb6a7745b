-- A process's timeline stays in the order of its phases, and a phase that has started keeps its
-- date (decision 061). The domain refuses both with a message per field; these are for any other
-- writer. Phase order here is the one of pb/phases.ts.
CREATE FUNCTION pb_phase_position(name text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT array_position(ARRAY['draft', 'information', 'submission', 'analysis', 'appeals',
    'voting', 'validation', 'results', 'implementation'], name)
$$;
--> statement-breakpoint
CREATE FUNCTION pb_refuse_started_phase_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current_state text;
BEGIN
  IF NEW.starts_at IS DISTINCT FROM OLD.starts_at THEN
    SELECT state INTO current_state FROM pb_processes WHERE id = OLD.process_id;
    IF pb_phase_position(current_state) >= pb_phase_position(OLD.phase) THEN
      RAISE EXCEPTION 'a phase that has started keeps its date'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_phases_started';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_phases_started
  BEFORE UPDATE ON pb_phases
  FOR EACH ROW EXECUTE FUNCTION pb_refuse_started_phase_move();
--> statement-breakpoint
-- After the statement's rows are all written (a reschedule moves several phases in one UPDATE).
CREATE FUNCTION pb_refuse_phases_out_of_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM (
      SELECT starts_at,
             lag(starts_at) OVER (ORDER BY pb_phase_position(phase)) AS previous
      FROM pb_phases WHERE process_id = NEW.process_id
    ) timeline
    WHERE previous IS NOT NULL AND starts_at <= previous
  ) THEN
    RAISE EXCEPTION 'the phases of a process start in their order'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pb_phases_order';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pb_phases_order
  AFTER INSERT OR UPDATE OF starts_at ON pb_phases
  FOR EACH ROW EXECUTE FUNCTION pb_refuse_phases_out_of_order();
