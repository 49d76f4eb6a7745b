-- A group's draft may be withdrawn by its author before it is ever submitted (the lifecycle has
-- always offered it): such a row is withdrawn with no submission date, which the check refused,
-- so the step failed. Every other state past the draft still needs its submission date.
ALTER TABLE "pb_proposals" DROP CONSTRAINT "pb_proposals_submitted";
--> statement-breakpoint
ALTER TABLE "pb_proposals" ADD CONSTRAINT "pb_proposals_submitted"
  CHECK ("state" in ('draft', 'withdrawn') or "submitted_at" is not null);
