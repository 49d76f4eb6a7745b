-- A call's proposals in list order (newest submission first), carrying the columns the list's
-- filters read, so that a page of the list and its count are read from this index alone
-- (issue 12: the last page of 10,000 must cost what the first does). Title added in 0011.
CREATE INDEX "proposals_call_listed_idx" ON "proposals" ("call_id", "submitted_at" DESC, "id" DESC)
  INCLUDE ("organisation_id", "state", "category_id");
