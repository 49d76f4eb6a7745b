import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { LocalizedText } from '../db/columns.ts';
import { departments } from '../organisations/schema.ts';

export interface DepartmentOption {
  id: string;
  name: LocalizedText;
  /** 0 for a top-level department; the page indents by depth. */
  depth: number;
}

/** The organisation's departments as a tree flattened in order: each parent before its children. */
export async function departmentTree(db: Queryable, organisationId: string) {
  const rows = await db
    .select({ id: departments.id, parentId: departments.parentId, name: departments.name })
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
      out.push({ id: row.id, name: row.name, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
