-- "My proposals" finds a person's proposals as author or co-author: `author_id = $1 or
-- co_author_ids @> array[$1]`. The author side had proposals_author_idx; the co-author side had
-- no index, so the whole OR fell back to reading every proposal of every call (issue 12). A GIN
-- index answers `@>`, and the two combine as a bitmap OR (proposals/list-index.test.ts).
CREATE INDEX "proposals_co_authors_idx" ON "proposals" USING gin ("co_author_ids");
