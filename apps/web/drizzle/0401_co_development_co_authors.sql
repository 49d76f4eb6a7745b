-- Co-authors (migration 0140) are authors: they do not support their own proposal either, and
-- someone who becomes a co-author — by invitation, or by a merge of duplicates — loses the
-- support they gave it (issue 8 item 3; decision 081).
CREATE OR REPLACE FUNCTION "proposal_supports_not_by_author"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (
		SELECT 1 FROM "proposals" p
		WHERE p."id" = NEW."proposal_id"
			AND (p."author_id" = NEW."user_id" OR NEW."user_id" = ANY (p."co_author_ids"))
	) THEN
		RAISE EXCEPTION 'an author does not support their own proposal'
			USING ERRCODE = '23514', CONSTRAINT = 'proposal_supports_not_by_author';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "proposal_co_authors_drop_support"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "proposal_supports" s
	WHERE s."proposal_id" = NEW."proposal_id" AND s."user_id" = NEW."user_id";
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "proposal_co_authors_drop_support" AFTER INSERT ON "proposal_co_authors"
	FOR EACH ROW EXECUTE FUNCTION "proposal_co_authors_drop_support"();
