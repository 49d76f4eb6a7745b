import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { LocalizedText } from '../db/columns.ts';
import { departments } from '../organisations/schema.ts';

export interface DepartmentOption {
  id: string;
  key: string;
  parentId: string | null;
  name: LocalizedText;
  /** 0 for a top-level department; the page indents by depth. */
  depth: number;
}

/** The organisation's departments as a tree flattened in order: each parent before its children. */
export async function departmentTree(db: Queryable, organisationId: string) {
  const rows = await db
    .select({
      id: departments.id,
      key: departments.key,
      parentId: departments.parentId,
      name: departments.name,
    })
    .from(departments)
    .where(eq(departments.organisationId, organisationId))
    .orderBy(asc(departments.key));
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) {
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const out: DepartmentOption[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const row of children.get(parentId) ?? []) {
      out.push({ ...row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Ids of a department's descendants (children, their children…) in a tree from departmentTree. */
export function descendantIds(tree: readonly DepartmentOption[], id: string): Set<string> {
  const out = new Set<string>();
  const start = tree.findIndex((d) => d.id === id);
  if (start < 0) return out;
  // The tree is flattened depth-first: the descendants are the rows right after it that are deeper.
  for (let i = start + 1; i < tree.length && tree[i]!.depth > tree[start]!.depth; i++) {
    out.add(tree[i]!.id);
  }
  return out;
}
