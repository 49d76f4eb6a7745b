-- A reported comment its author deletes leaves nothing to moderate: its open reports close as
-- 'deleted' (by the author), so the moderators' queue no longer holds it forever.
ALTER TABLE "proposal_comment_reports" DROP CONSTRAINT "proposal_comment_reports_resolution";
--> statement-breakpoint
ALTER TABLE "proposal_comment_reports" ADD CONSTRAINT "proposal_comment_reports_resolution" CHECK (("resolved_at" is null and "resolution" is null) or ("resolved_at" is not null and "resolution" in ('hidden', 'kept', 'deleted')));
