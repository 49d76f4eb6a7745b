import { describe, expect, test } from 'vitest';
import type { Actor } from '../context.ts';
import type { Role } from '../accounts/schema.ts';
import type { InnovationCall } from '../calls/schema.ts';
import type { Proposal } from '../proposals/schema.ts';
import { can } from './can.ts';

const actor = (roles: Role[], userId = 'u-1', emailVerified = true): Actor => ({
  userId,
  email: 'x@primariaclujnapoca.ro',
  name: 'X',
  locale: 'ro',
  emailVerified,
  roles,
  departmentId: null,
});
const call = (over: Partial<InnovationCall> = {}) =>
  ({
    state: 'open',
    audience: 'internal',
    // The database's defaults for a new call's audience (calls/schema.ts).
    eligibleRoles: ['employee'],
    eligibleDepartmentIds: [],
    excludedGrades: [],
    ...over,
  }) as InnovationCall;
const proposal = (over: Partial<Proposal> = {}) =>
  ({ state: 'submitted', authorId: 'u-1', coAuthorIds: [], ...over }) as Proposal;

const who = {
  visitor: null,
  participant: actor(['participant'], 'u-2'),
  employee: actor(['employee'], 'u-2'),
  author: actor(['employee'], 'u-1'),
  unverified: actor(['employee'], 'u-2', false),
  moderator: actor(['moderator', 'employee'], 'u-3'),
  admin: actor(['admin', 'employee'], 'u-4'),
};

// The permission matrix, as a table: [action, resource, who may].
const matrix: [string, () => boolean[], string[]][] = [];
const row = (name: string, check: (a: Actor | null) => boolean, allowed: (keyof typeof who)[]) =>
  matrix.push([name, () => Object.values(who).map(check), allowed]);

row('call.create', (a) => can(a, 'call.create'), ['admin']);
row('audit.read', (a) => can(a, 'audit.read'), ['admin']);
row('organisation.manage_members', (a) => can(a, 'organisation.manage_members'), ['admin']);
row('call.read internal open', (a) => can(a, 'call.read', call()), [
  'employee',
  'author',
  'unverified',
  'moderator',
  'admin',
]);
row(
  'call.read public open',
  (a) => can(a, 'call.read', call({ audience: 'public' })),
  Object.keys(who) as (keyof typeof who)[],
);
row('call.read draft', (a) => can(a, 'call.read', call({ state: 'draft' })), [
  'moderator',
  'admin',
]);
row('call.propose internal', (a) => can(a, 'call.propose', call()), [
  'employee',
  'author',
  'moderator',
  'admin',
]);
row('call.propose public', (a) => can(a, 'call.propose', call({ audience: 'public' })), [
  'participant',
  'employee',
  'author',
  'moderator',
  'admin',
]);
row('call.propose closed', (a) => can(a, 'call.propose', call({ state: 'closed' })), []);
row(
  'proposal.read draft',
  (a) => can(a, 'proposal.read', { proposal: proposal({ state: 'draft' }), call: call() }),
  ['author'],
);
row(
  'proposal.read submitted',
  (a) => can(a, 'proposal.read', { proposal: proposal(), call: call() }),
  ['employee', 'author', 'unverified', 'moderator', 'admin'],
);
row(
  'proposal.edit draft',
  (a) => can(a, 'proposal.edit', { proposal: proposal({ state: 'draft' }), call: call() }),
  ['author'],
);
row(
  'proposal.edit submitted',
  (a) => can(a, 'proposal.edit', { proposal: proposal(), call: call() }),
  [],
);
row(
  'proposal.withdraw',
  (a) => can(a, 'proposal.withdraw', { proposal: proposal(), call: call() }),
  ['author'],
);

row(
  'proposal.sees_authors blind call',
  (a) =>
    can(a, 'proposal.sees_authors', {
      proposal: proposal(),
      call: call({ anonymousToJury: true }),
    }),
  Object.keys(who) as (keyof typeof who)[],
);

describe('who learns who wrote a proposal of a blind call', () => {
  const blind = call({ anonymousToJury: true });
  const evaluator = actor(['evaluator'], 'u-5');
  test('an evaluator does not, unless it is theirs or the call is not blind', () => {
    expect(can(evaluator, 'proposal.sees_authors', { proposal: proposal(), call: blind })).toBe(
      false,
    );
    expect(can(evaluator, 'proposal.sees_authors', { call: blind })).toBe(false);
    const theirs = proposal({ coAuthorIds: ['u-5'] });
    expect(can(evaluator, 'proposal.sees_authors', { proposal: theirs, call: blind })).toBe(true);
    expect(can(evaluator, 'proposal.sees_authors', { proposal: proposal(), call: call() })).toBe(
      true,
    );
  });
});

describe('the permission matrix', () => {
  test.each(matrix)('%s', (_name, results, allowed) => {
    const names = Object.keys(who);
    expect(names.filter((_, i) => results()[i])).toEqual(
      names.filter((n) => allowed.includes(n as keyof typeof who)),
    );
  });
});
