-- The proposal's full lifecycle (issue 8 item 4): review and decision states, the reasons they
-- carry (shown to the authors), what a merged proposal was merged into, and a version for
-- saves that must not overwrite each other.
ALTER TABLE "proposals" DROP CONSTRAINT "proposals_state";
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_state" CHECK ("proposals"."state" in ('draft', 'submitted', 'clarification_requested', 'eligible', 'ineligible', 'in_evaluation', 'shortlisted', 'not_selected', 'selected', 'withdrawn', 'merged'));
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "clarification_request" text;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "clarification_answer" text;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "review_note" text;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "ineligible_reason" text;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "decision_justification" text;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "merged_into_id" uuid;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "reviewed_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "decided_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_org_id_unique" UNIQUE("organisation_id","id");
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_fk" FOREIGN KEY ("organisation_id","merged_into_id") REFERENCES "public"."proposals"("organisation_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_not_merged_into_itself" CHECK ("proposals"."merged_into_id" is null or "proposals"."merged_into_id" <> "proposals"."id");
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_has_target" CHECK ("proposals"."state" <> 'merged' or "proposals"."merged_into_id" is not null);
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_ineligible_has_reason" CHECK ("proposals"."state" <> 'ineligible' or length(trim(coalesce("proposals"."ineligible_reason", ''))) > 0);
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_clarification_has_request" CHECK ("proposals"."state" <> 'clarification_requested' or length(trim(coalesce("proposals"."clarification_request", ''))) > 0);
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decision_has_justification" CHECK ("proposals"."state" not in ('selected', 'not_selected') or length(trim(coalesce("proposals"."decision_justification", ''))) > 0);
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_reason_lengths" CHECK (length(coalesce("proposals"."clarification_request", '')) <= 5000 and length(coalesce("proposals"."clarification_answer", '')) <= 5000 and length(coalesce("proposals"."review_note", '')) <= 5000 and length(coalesce("proposals"."ineligible_reason", '')) <= 5000 and length(coalesce("proposals"."decision_justification", '')) <= 5000);
--> statement-breakpoint
ALTER TABLE "proposals" DROP CONSTRAINT "proposals_submitted_complete";
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_submitted_complete" CHECK ("proposals"."state" in ('draft', 'withdrawn') or ("proposals"."submitted_at" is not null and length("proposals"."problem") > 0 and length("proposals"."solution") > 0));
--> statement-breakpoint
CREATE INDEX "proposals_merged_into_idx" ON "proposals" USING btree ("merged_into_id");
