-- Staff votes (issue 9 item 11, decision 058): a call's staff vote is an internal
-- participatory-budgeting process linked to the call, one per call; its projects are the call's
-- proposals, each linked to the proposal it stands for.
CREATE TABLE "call_staff_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_staff_votes_call_unique" UNIQUE("call_id"),
	CONSTRAINT "call_staff_votes_process_unique" UNIQUE("process_id"),
	CONSTRAINT "call_staff_votes_call_fk" FOREIGN KEY ("organisation_id","call_id") REFERENCES "innovation_calls"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "call_staff_votes_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "call_staff_votes_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE set null,
	CONSTRAINT "call_staff_votes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE "call_staff_vote_projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	CONSTRAINT "call_staff_vote_projects_project_unique" UNIQUE("project_id"),
	CONSTRAINT "call_staff_vote_projects_proposal_unique" UNIQUE("process_id","proposal_id"),
	CONSTRAINT "call_staff_vote_projects_process_fk" FOREIGN KEY ("organisation_id","process_id") REFERENCES "pb_processes"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "call_staff_vote_projects_proposal_fk" FOREIGN KEY ("organisation_id","proposal_id") REFERENCES "proposals"("organisation_id","id") ON DELETE cascade,
	CONSTRAINT "call_staff_vote_projects_project_id_pb_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "pb_projects"("id") ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX "call_staff_vote_projects_proposal_idx" ON "call_staff_vote_projects" USING btree ("proposal_id");
