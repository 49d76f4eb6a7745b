-- Co-authors of a proposal (issue 8 item 2) and the invitations that make them. The lead author
-- stays proposals.author_id; every other author is a row of proposal_co_authors. A merge
-- ("B's authors become co-authors of A") is the same kind of row, joined_via 'merge'.
ALTER TABLE "proposals" ADD COLUMN "co_author_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;
--> statement-breakpoint
CREATE TABLE "proposal_co_authors" (
  "organisation_id" uuid NOT NULL,
  "proposal_id" uuid NOT NULL,
  "user_id" uuid NOT NULL,
  "joined_via" text NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "proposal_co_authors_pkey" PRIMARY KEY ("proposal_id", "user_id"),
  CONSTRAINT "proposal_co_authors_proposal_fk" FOREIGN KEY ("organisation_id", "proposal_id")
    REFERENCES "proposals"("organisation_id", "id") ON DELETE CASCADE,
  CONSTRAINT "proposal_co_authors_user_id_users_id_fk" FOREIGN KEY ("user_id")
    REFERENCES "users"("id") ON DELETE RESTRICT,
  CONSTRAINT "proposal_co_authors_joined_via" CHECK ("joined_via" IN ('invitation', 'merge'))
);
--> statement-breakpoint
CREATE INDEX "proposal_co_authors_user_idx" ON "proposal_co_authors" ("user_id");
--> statement-breakpoint
CREATE TABLE "proposal_invitations" (
  "id" uuid PRIMARY KEY NOT NULL,
  "organisation_id" uuid NOT NULL,
  "proposal_id" uuid NOT NULL,
  "invitee_id" uuid NOT NULL,
  "invited_by" uuid NOT NULL,
  "token_hash" text NOT NULL,
  "state" text DEFAULT 'pending' NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  "responded_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "proposal_invitations_token_unique" UNIQUE ("token_hash"),
  CONSTRAINT "proposal_invitations_invitee_id_users_id_fk" FOREIGN KEY ("invitee_id")
    REFERENCES "users"("id") ON DELETE CASCADE,
  CONSTRAINT "proposal_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by")
    REFERENCES "users"("id") ON DELETE CASCADE,
  CONSTRAINT "proposal_invitations_proposal_fk" FOREIGN KEY ("organisation_id", "proposal_id")
    REFERENCES "proposals"("organisation_id", "id") ON DELETE CASCADE,
  CONSTRAINT "proposal_invitations_state"
    CHECK ("state" IN ('pending', 'accepted', 'declined', 'withdrawn')),
  CONSTRAINT "proposal_invitations_responded"
    CHECK (("state" = 'pending') = ("responded_at" IS NULL)),
  CONSTRAINT "proposal_invitations_not_self" CHECK ("invitee_id" <> "invited_by")
);
--> statement-breakpoint
-- One open invitation per person and proposal: inviting again while one waits is a no-op.
CREATE UNIQUE INDEX "proposal_invitations_one_pending"
  ON "proposal_invitations" ("proposal_id", "invitee_id") WHERE "state" = 'pending';
--> statement-breakpoint
CREATE INDEX "proposal_invitations_invitee_idx" ON "proposal_invitations" ("invitee_id", "state");
--> statement-breakpoint
-- Who may join, for any writer (the service checks first, with clearer context): a member of the
-- proposal's organisation who is not its lead author; by invitation only within the call's team
-- setting and size (lead author included). Joining takes the proposal's row lock first, so two
-- acceptances racing for the last seat take turns and the second counts the first.
CREATE FUNCTION proposal_co_authors_admit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lead uuid;
  team_allowed boolean;
  team_max integer;
  members integer;
BEGIN
  SELECT p.author_id, c.allows_team, c.max_team_size INTO lead, team_allowed, team_max
    FROM proposals p JOIN innovation_calls c ON c.id = p.call_id
    WHERE p.id = NEW.proposal_id
    FOR UPDATE OF p;
  IF NEW.user_id = lead THEN
    RAISE EXCEPTION 'the lead author is not also a co-author'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposal_co_authors_not_lead',
        TABLE = 'proposal_co_authors';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM memberships m
                 WHERE m.organisation_id = NEW.organisation_id AND m.user_id = NEW.user_id) THEN
    RAISE EXCEPTION 'a co-author is a member of the proposal''s organisation'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposal_co_authors_member',
        TABLE = 'proposal_co_authors';
  END IF;
  IF NEW.joined_via = 'invitation' THEN
    SELECT count(*) INTO members FROM proposal_co_authors WHERE proposal_id = NEW.proposal_id;
    IF NOT team_allowed OR members + 2 > coalesce(team_max, 1) THEN
      RAISE EXCEPTION 'the team of proposal % is full', NEW.proposal_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'proposal_co_authors_team_size',
          TABLE = 'proposal_co_authors';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER proposal_co_authors_admit
  BEFORE INSERT OR UPDATE ON proposal_co_authors
  FOR EACH ROW EXECUTE FUNCTION proposal_co_authors_admit();
--> statement-breakpoint
-- proposals.co_author_ids mirrors the table, so the permission rules, notifications and the
-- jury's conflict checks read every author from the proposal row they already hold.
CREATE FUNCTION proposal_co_authors_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pid uuid := coalesce(NEW.proposal_id, OLD.proposal_id);
BEGIN
  UPDATE proposals SET co_author_ids = coalesce(
    (SELECT array_agg(a.user_id ORDER BY a.created_at, a.user_id)
       FROM proposal_co_authors a WHERE a.proposal_id = pid),
    '{}'::uuid[])
  WHERE id = pid;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER proposal_co_authors_mirror
  AFTER INSERT OR UPDATE OR DELETE ON proposal_co_authors
  FOR EACH ROW EXECUTE FUNCTION proposal_co_authors_mirror();
--> statement-breakpoint
-- A call that takes team proposals only: a proposal is submitted with at least one co-author.
CREATE FUNCTION proposals_team_required() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(NEW.co_author_ids) = 0 AND EXISTS (
       SELECT 1 FROM innovation_calls c WHERE c.id = NEW.call_id AND NOT c.allows_individual) THEN
    RAISE EXCEPTION 'the call takes team proposals only'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposals_team_required',
        TABLE = 'proposals';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER proposals_team_required
  BEFORE INSERT OR UPDATE OF state ON proposals
  FOR EACH ROW WHEN (NEW.state = 'submitted')
  EXECUTE FUNCTION proposals_team_required();
