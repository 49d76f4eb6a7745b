-- The list's search reads titles: carried in the list index too, so a search counts and pages
-- from the index alone instead of scanning the table (proposals/list-index.test.ts).
DROP INDEX "proposals_call_listed_idx";
--> statement-breakpoint
CREATE INDEX "proposals_call_listed_idx" ON "proposals" ("call_id", "submitted_at" DESC, "id" DESC)
  INCLUDE ("organisation_id", "state", "category_id", "title");
