import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modules } from './modules.ts';

/**
 * The module registry holds: every module folder has its schema, permissions and manifest and
 * is listed in modules.ts under its folder's name; no two modules claim the same permission
 * rule, constraint or admin tool. (Duplicated message keys: lib/i18n/messages.test.ts.)
 */
const here = fileURLToPath(new URL('.', import.meta.url));

/** Folders that are the platform's machinery, not modules: each with why. */
const PLATFORM: Record<string, string> = {
  cache: 'short-lived in-process caches, cleared by any audited change (decision 022)',
  db: 'the database client, migrations and constraint mapping',
  http: 'SvelteKit adapters (forms, cookies, errors to responses)',
  i18n: 'the merged message catalogue and server-side translation',
  lifecycle: 'the one transition engine every lifecycle runs through',
  lists: 'paging and searching for every list',
  permissions: "can() and authorize() over every module's rules",
  privacy: "the personal-data export and account erasure over every module's part",
  seed: "the demo seed over every module's part, and the demo content",
  testing: 'factories and test databases',
  validation: 'zod field builders and parseInput',
};

const folders = readdirSync(here).filter((f) => statSync(join(here, f)).isDirectory());
const moduleFolders = folders.filter((f) => !PLATFORM[f]);

describe('the module registry', () => {
  test.each(moduleFolders)('%s has its schema, permissions and manifest', (folder) => {
    const missing = ['schema.ts', 'permissions.ts', 'manifest.ts'].filter(
      (f) => !existsSync(join(here, folder, f)),
    );
    expect(missing).toEqual([]);
  });

  test('every module folder is listed in modules.ts once, under its own name', () => {
    const names = modules.map((m) => m.name);
    expect([...names].sort()).toEqual([...moduleFolders].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  test('the platform list names only folders that exist', () => {
    expect(Object.keys(PLATFORM).filter((f) => !folders.includes(f))).toEqual([]);
  });

  test('no permission rule, constraint or admin tool is declared by two modules', () => {
    const twice = (pick: (m: (typeof modules)[number]) => string[]) => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const m of modules) {
        for (const key of pick(m)) {
          if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${m.name}`);
          seen.set(key, m.name);
        }
      }
      return clashes;
    };
    expect(twice((m) => Object.keys(m.rules))).toEqual([]);
    expect(twice((m) => Object.keys(('constraints' in m && m.constraints) || {}))).toEqual([]);
    expect(twice((m) => (('adminTools' in m && m.adminTools) || []).map((t) => t.href))).toEqual(
      [],
    );
  });

  test('admin tools name rules of their own module', () => {
    for (const m of modules) {
      for (const tool of ('adminTools' in m && m.adminTools) || []) {
        expect(Object.keys(m.rules), `${m.name}: ${tool.href}`).toContain(tool.action);
      }
    }
  });
});
