import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PbParseError, Rational, greedy, parsePb, profileOf, writePb } from '../src/index.js';
import { DATA, HEAVY, load } from './paths.js';

const file = (meta: string, projects: string, votes: string): string =>
  `META\nkey;value\n${meta}\nPROJECTS\n${projects}\nVOTES\n${votes}\n`;

function parseError(text: string): PbParseError {
  try {
    parsePb(text);
  } catch (e) {
    expect(e).toBeInstanceOf(PbParseError);
    return e as PbParseError;
  }
  throw new Error('expected a PbParseError');
}

describe('reading .pb files', () => {
  test('comma decimals, quoted fields with ; and quotes, none and empty ballots', () => {
    const e = parsePb(
      file(
        'budget;"1000,50"\nvote_type;approval\ndescription;"A; B"',
        'project_id;cost;name\n1;"100,25";"Park ""Central""; north"\n2;200;Library',
        'voter_id;vote\nv1;1,2\nv2;none\nv3;\nv4;2',
      ),
    );
    expect(e.budget.eq(Rational.of(2001n, 2n))).toBe(true);
    expect(e.meta.get('description')).toBe('A; B');
    expect(e.projects[0]!.cost.eq(Rational.of(401n, 4n))).toBe(true);
    expect(e.projects[0]!.name).toBe('Park "Central"; north');
    expect(e.voters.map((v) => v.projects.length)).toEqual([2, 0, 0, 1]);
  });

  test('ballots are kept flat (decision 110): offsets, project indices, voters on demand', () => {
    const e = parsePb(
      file(
        'budget;10\nvote_type;cumulative',
        'project_id;cost\na;5\nb;5\nc;5',
        'voter_id;vote;points;age\nx;c,a;2,1;30\ny;none;;41\nz;b;4;"5;2"\nw;a,c;1,2;18',
      ),
    );
    expect(e.ballots.count).toBe(4);
    expect([...e.ballots.start]).toEqual([0, 2, 2, 3, 5]);
    expect([...e.ballots.items]).toEqual([2, 0, 1, 0, 2]);
    expect(e.ballots.points!.map(String)).toEqual(['2', '1', '4', '1', '2']);
    expect(
      e.voters.map((v) => [v.id, v.projects, v.points!.map(String), v.fields.get('age')]),
    ).toEqual([
      ['x', ['c', 'a'], ['2', '1'], '30'],
      ['y', [], [], '41'],
      ['z', ['b'], ['4'], '5;2'],
      ['w', ['a', 'c'], ['1', '2'], '18'],
    ]);
    // x and w cast the same ballot in another order: one group of two, sorted by project index
    const profile = profileOf(e);
    expect(profile.groupCount).toBe(3);
    expect([...profile.voterGroup]).toEqual([0, 1, 2, 0]);
    expect([...profile.groupWeight]).toEqual([2, 1, 1]);
    expect(profile.groups.map((g) => [g.items, g.points!.map(String), g.voters])).toEqual([
      [
        [0, 2],
        ['1', '2'],
        [0, 3],
      ],
      [[], [], [1]],
      [[1], ['4'], [2]],
    ]);
    expect(profile.supporterGroups.map((gs) => [...gs])).toEqual([[0], [2], [0]]);
    expect(profile.approvals).toEqual([2, 1, 2]);
  });

  test('cumulative ballots keep their points; ordinal ballots their order', () => {
    const cum = parsePb(
      file(
        'budget;10\nvote_type;cumulative',
        'project_id;cost\na;5\nb;5',
        'voter_id;vote;points\n1;b,a;3,1',
      ),
    );
    expect(cum.voters[0]!.projects).toEqual(['b', 'a']);
    expect(cum.voters[0]!.points!.map(String)).toEqual(['3', '1']);
    const ord = parsePb(
      file('budget;10\nvote_type;ordinal', 'project_id;cost\na;5\nb;5', 'voter_id;vote\n1;b,a'),
    );
    expect(ord.voters[0]!.projects).toEqual(['b', 'a']);
  });

  test('a withdrawn project (cost 999 999 999) is marked and never funded', () => {
    const e = parsePb(
      file('budget;2000000000', 'project_id;cost\na;999999999\nb;5', 'voter_id;vote\n1;a,b\n2;a'),
    );
    expect(e.projects[0]!.withdrawn).toBe(true);
    const o = greedy(e);
    expect(o.winners).toEqual(['b']);
    expect(o.explanations[0]!.explanation.code).toBe('withdrawn');
  });

  test.each([
    [file('budget;x', 'project_id;cost\n1;5', 'voter_id;vote\n1;1'), 3, 'budget is not a number'],
    [
      file('budget;10', 'project_id;cost\n1;5;7', 'voter_id;vote\n1;1'),
      6,
      'PROJECTS row has 3 fields',
    ],
    [
      file('budget;10', 'project_id;cost\n1;abc', 'voter_id;vote\n1;1'),
      6,
      'the cost of project 1 is not a number',
    ],
    [file('budget;10', 'project_id;cost\n1;5', 'voter_id;vote\nv;1,9'), 9, 'votes for project "9"'],
    [file('budget;10', 'project_id;cost\n1;5', 'voter_id;vote\nv;1,1'), 9, 'lists project 1 twice'],
    [
      file(
        'budget;10\nvote_type;cumulative',
        'project_id;cost\n1;5',
        'voter_id;vote;points\nv;1;1,2',
      ),
      10,
      '1 projects but 2 points',
    ],
    [
      file('budget;10\nvote_type;plurality', 'project_id;cost\n1;5', 'voter_id;vote\nv;1'),
      4,
      'unknown vote_type',
    ],
    [file('budget;10', 'project_id;cost\n1;5\n1;6', 'voter_id;vote\nv;1'), 7, 'listed twice'],
    [file('budget;10', 'project_id;name\n1;x', 'voter_id;vote\nv;1'), 5, 'no cost column'],
    ['META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;"5\n', 6, 'never closed'],
  ])('a malformed file names the line and the problem (%#)', (text, line, reason) => {
    const e = parseError(text);
    expect(e.line).toBe(line);
    expect(e.message).toContain(reason);
  });

  test('missing sections are reported', () => {
    expect(parseError('META\nkey;value\nbudget;1\n').message).toContain('no PROJECTS section');
    expect(parseError('hello').message).toContain('expected a section name');
  });
});

describe('round trip on every real file', HEAVY, () => {
  const files = [
    ...readdirSync(DATA + 'official').map((f) => 'official/' + f),
    ...readdirSync(DATA + 'fixtures')
      .filter((f) => f.endsWith('.pb'))
      .map((f) => 'fixtures/' + f),
  ];
  test('all 23 files are there', () => expect(files).toHaveLength(23));
  test.each(files.filter((f) => !f.includes('lodz')))(
    'write(read(%s)) reads back the same election',
    (f) => {
      const e = load(f);
      const text = writePb(e);
      const back = parsePb(text);
      expect([...back.meta]).toEqual([...e.meta]);
      expect(back.budget.eq(e.budget)).toBe(true);
      expect(back.voteType).toBe(e.voteType);
      expect(back.projects.map((p) => [p.id, p.cost.toString(), [...p.fields]])).toEqual(
        e.projects.map((p) => [p.id, p.cost.toString(), [...p.fields]]),
      );
      expect(
        back.voters.map((v) => [v.id, v.projects, v.points?.map(String) ?? null, [...v.fields]]),
      ).toEqual(
        e.voters.map((v) => [v.id, v.projects, v.points?.map(String) ?? null, [...v.fields]]),
      );
      expect(writePb(back)).toBe(text);
    },
  );
});
