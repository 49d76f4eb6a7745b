-- A department tree has no cycles: a department can never become its own ancestor. The service
-- checks this before writing; the database refuses it too, for any writer (a script, psql, a
-- race between two moves). The error names the constraint `departments_no_cycles`, which
-- db/errors.ts maps to a field message on the parent.
CREATE FUNCTION departments_refuse_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  makes_cycle boolean;
BEGIN
  IF NEW.parent_id IS NULL THEN
    RETURN NEW;
  END IF;
  -- Tree changes of one organisation take turns: two concurrent moves (A under B, B under A)
  -- could otherwise each pass the walk below and together close a loop. Under READ COMMITTED
  -- the walk then sees what the other transaction committed.
  PERFORM pg_advisory_xact_lock(7243003, hashtext(NEW.organisation_id::text));
  -- Walk up from the new parent. UNION (not UNION ALL) ends the walk even on bad data. A row
  -- whose parent is NEW.id counts too: it catches rows written earlier in the same statement
  -- whose parent does not exist yet.
  WITH RECURSIVE ancestors(id, parent_id) AS (
    SELECT d.id, d.parent_id FROM departments d WHERE d.id = NEW.parent_id
    UNION
    SELECT d.id, d.parent_id FROM departments d JOIN ancestors a ON d.id = a.parent_id
  )
  SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = NEW.id OR parent_id = NEW.id)
    INTO makes_cycle;
  IF makes_cycle THEN
    RAISE EXCEPTION 'department % cannot be placed under its own descendant %', NEW.id, NEW.parent_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'departments_no_cycles', TABLE = 'departments';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER departments_no_cycles
  BEFORE INSERT OR UPDATE OF parent_id ON departments
  FOR EACH ROW EXECUTE FUNCTION departments_refuse_cycle();
