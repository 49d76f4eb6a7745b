import { expect, test } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Every server entry point — each exported `load`, each form action, each HTTP handler — must
 * reach `authorize()` or `can()` (lib/server/permissions/can.ts) through the code it calls, or be
 * listed here as public with its reason. "Reach" is read from the TypeScript syntax tree and the
 * type checker's symbols: calls are followed into the functions they name (route helpers, the
 * domain, the transition engine, machine methods), however deep; mentioning a name in a comment
 * or a string does not count.
 */
const PUBLIC: Record<string, string> = {
  'healthz/+server.ts#GET': 'liveness probe, no data',
  'readyz/+server.ts#GET': 'readiness probe, no data',
  'language/+server.ts#POST': "stores the visitor's language preference only",
  'account/sign-in/+page.server.ts#load': 'signing in is for anyone without a session',
  'account/sign-in/+page.server.ts#actions.default': 'signing in is for anyone',
  'account/sign-up/+page.server.ts#load': 'signing up is for anyone',
  'account/sign-up/+page.server.ts#actions.default': 'signing up is for anyone',
  'account/forgot-password/+page.server.ts#load': 'asking for a reset link is for anyone',
  'account/forgot-password/+page.server.ts#actions.default': 'asking for a link is for anyone',
  'account/reset-password/+page.server.ts#load': 'the e-mailed token is the permission',
  'account/reset-password/+page.server.ts#actions.default': 'the e-mailed token is the permission',
  'account/verify/+page.server.ts#load': 'the e-mailed token is the permission',
  'account/verify/+page.server.ts#actions.default': 'the e-mailed token is the permission',
  'account/sign-out/+page.server.ts#load': 'only ever concerns the caller’s own session',
  'account/sign-out/+page.server.ts#actions.default': 'ends the caller’s own session only',
  'account/sso/+server.ts#GET': 'starts single sign-on for anyone',
  'account/sso/callback/+page.server.ts#load': 'completes single sign-on for anyone',
  'account/sign-in/second-factor/+page.server.ts#load':
    'only a browser holding a fresh pending sign-in (a right password) gets the form',
  'account/sign-in/second-factor/+page.server.ts#actions.default':
    'the second factor of a pending sign-in: the signed cookie and the code are the permission',
  'demo/mailbox/+page.server.ts#load':
    'demo mode only: mails to the visitor’s own address, or ones this browser asked for',
};

const routesDir = fileURLToPath(new URL('.', import.meta.url));
const canFile = fileURLToPath(new URL('../lib/server/permissions/can.ts', import.meta.url));
const srcDir = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = /^\+(page|layout)\.server\.ts$|^\+server\.ts$/;
const HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback']);

function entryFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return entryFiles(path);
    return ENTRY.test(name) ? [path] : [];
  });
}

/** The program over every route entry file, resolving `#lib/*` as the package's imports do. */
function program(files: string[]) {
  return ts.createProgram(files, {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
}

/** The exported entry points of one file: `load`, `actions.<name>`, and HTTP handlers. */
function entryPoints(file: ts.SourceFile): { name: string; node: ts.Node }[] {
  const out: { name: string; node: ts.Node }[] = [];
  const exported = (n: ts.Node) =>
    ts.canHaveModifiers(n) &&
    !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && exported(statement) && statement.name) {
      const name = statement.name.text;
      if (name === 'load' || HANDLERS.has(name)) out.push({ name, node: statement });
    }
    if (!ts.isVariableStatement(statement) || !exported(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const name = d.name.text;
      let init: ts.Expression = d.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      if (name === 'actions' && ts.isObjectLiteralExpression(init)) {
        for (const p of init.properties) {
          const key =
            p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text;
          if (key) out.push({ name: `actions.${key}`, node: p });
        }
      } else if (name === 'load' || HANDLERS.has(name)) {
        out.push({ name, node: init });
      }
    }
  }
  return out;
}

/**
 * Whether the code under `root` calls authorize/can, directly or through what it calls: the
 * functions it calls, and the functions it hands over by name (a callback, a machine's `lock`),
 * since those run too.
 */
function reachesPermission(checker: ts.TypeChecker, root: ts.Node): boolean {
  const visited = new Set<ts.Node>();
  const search = (node: ts.Node): boolean => {
    if (visited.has(node)) return false;
    visited.add(node);
    let found = false;
    const follow = (expression: ts.Expression) => {
      for (const decl of declarationsOf(checker, expression)) {
        const file = decl.getSourceFile().fileName;
        if (file === canFile && PERMISSION.has(nameOf(decl))) found = true;
        else if (file.startsWith(srcDir) && !file.endsWith('.d.ts') && search(decl)) found = true;
        if (found) return;
      }
    };
    const visit = (n: ts.Node) => {
      if (found) return;
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) follow(n.expression);
      else if (ts.isIdentifier(n) && isValueReference(n)) follow(n);
      if (!found) ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  return search(root);
}

const PERMISSION = new Set(['can', 'authorize']);

function nameOf(decl: ts.Node): string {
  const named = ts.isVariableDeclaration(decl.parent) ? decl.parent : decl;
  const name = (named as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : '';
}

/** A name used as a value (passed, assigned, returned), not a declaration or a property name. */
function isValueReference(n: ts.Identifier): boolean {
  const p = n.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === n) return false;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && p.name === n) return false;
  if (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isExportSpecifier(p)) return false;
  if (
    (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p)) &&
    p.name === n
  )
    return false;
  return !ts.isTypeReferenceNode(p) && !ts.isQualifiedName(p);
}

/** Where an expression's value is declared: functions, variables holding them, methods. */
function declarationsOf(checker: ts.TypeChecker, expression: ts.Expression): ts.Node[] {
  let e = expression;
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isSatisfiesExpression(e)
  )
    e = e.expression;
  let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
  if (!symbol) return [];
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return (symbol.declarations ?? []).map((d) =>
    ts.isVariableDeclaration(d) && d.initializer ? d.initializer : d,
  );
}

function audit() {
  const files = entryFiles(routesDir);
  const prog = program(files);
  const checker = prog.getTypeChecker();
  const entries: { id: string; guarded: boolean }[] = [];
  for (const path of files) {
    const file = prog.getSourceFile(path)!;
    for (const { name, node } of entryPoints(file)) {
      entries.push({
        id: `${relative(routesDir, path)}#${name}`,
        guarded: reachesPermission(checker, node),
      });
    }
  }
  return entries;
}

const entries = audit();

test('every load, form action and handler reaches can()/authorize() or is listed as public', () => {
  const unguarded = entries.filter((e) => !e.guarded && !PUBLIC[e.id]).map((e) => e.id);
  expect(unguarded).toEqual([]);
});

test('the public list names only entry points that exist and really are unguarded', () => {
  const ids = new Map(entries.map((e) => [e.id, e.guarded]));
  expect(Object.keys(PUBLIC).filter((id) => !ids.has(id))).toEqual([]);
  // Listed as public yet guarded: the list is stale and would hide a regression.
  expect(Object.keys(PUBLIC).filter((id) => ids.get(id))).toEqual([]);
});

test('the walk finds every entry point (it would otherwise pass by finding none)', () => {
  expect(entries.length).toBeGreaterThan(40);
  expect(entries.map((e) => e.id)).toContain(
    'proposals/[proposalId]/+page.server.ts#actions.transition',
  );
});
