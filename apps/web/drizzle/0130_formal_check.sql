-- The formal check (issue 8 item 5): per point of the call's checklist, passed or failed and a
-- note, kept on the proposal ({ "<key>": { "passed": true, "note": "…" } }).
ALTER TABLE "proposals" ADD COLUMN "formal_check" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_formal_check" CHECK (jsonb_typeof("proposals"."formal_check") = 'object');
