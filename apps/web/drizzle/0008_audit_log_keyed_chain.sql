-- The chain is keyed from now on (HMAC with a key kept outside the database): whoever holds only
-- the database cannot recompute it. Entries written before this stay plain SHA-256, marked so.
-- TRUNCATE is refused too (decision 016).
ALTER TABLE "audit_log" ADD COLUMN "keyed" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "keyed" SET DEFAULT true;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
