/**
 * The jury's forms get the bad and awkward input of bad-input.json, posted as a browser without
 * JavaScript posts them: scoring, declaring a conflict, assigning, removing an assignment,
 * deciding. Expected: a clear message (the error summary) or 403/404, nothing changed, never a
 * 5xx; awkward but valid text is stored as typed and shown escaped.
 */
import { describe, expect, inject, it } from 'vitest';
import badInput from '../../src/lib/server/testing/bad-input.json' with { type: 'json' };
import { baseUrl } from './browser.ts';

type Role = 'admin' | 'evaluator' | 'employee';
const cookie = (role: Role) => {
  const s = inject('sessions')[role]!;
  return `${s.name}=${s.value}`;
};

async function get(path: string, role: Role) {
  const res = await fetch(baseUrl() + path, { headers: { cookie: cookie(role) } });
  return { status: res.status, html: await res.text() };
}

async function post(path: string, fields: Record<string, string | string[]>, role: Role) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  const res = await fetch(baseUrl() + path, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: baseUrl(),
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookie(role),
    },
    body,
  });
  return { status: res.status, html: await res.text() };
}

function expectRefused(r: { status: number; html: string }, what: string) {
  expect(r.status, what).toBeLessThan(500);
  expect(r.status, what).not.toBe(200);
  if (r.status < 403) expect(r.html, `${what}: a clear message`).toContain('error-summary');
}

const long = (n: number) => badInput.too_long.repeat.repeat(n);
const emptyAndLong = (max: number) => [
  ...badInput.empty,
  ...badInput.too_long.lengths.filter((n) => n > max).map(long),
  'a\u0000b',
];
const BLIND_CALL = 'Primăria fără hârtie 2026';

/** The evaluator's assignment on a proposal of the blind call, by the start of its title. */
async function assignment(titleStart: string) {
  const list = await get('/evaluation', 'evaluator');
  const path = new RegExp(`href="(/evaluation/[0-9a-f-]{36})">${titleStart}`).exec(list.html)?.[1];
  expect(path, titleStart).toBeTruthy();
  const page = await get(path!, 'evaluator');
  const version = /name="version" value="(\d+)"/.exec(page.html)?.[1];
  expect(version).toBeTruthy();
  return { path: path!, version: version!, html: page.html };
}

const checked = (html: string) => [...html.matchAll(/value="(\d)" checked/g)].map((m) => m[1]);

describe('the scoring and conflict forms', () => {
  it('refuses bad scores, comments and versions with a message, and changes nothing', async () => {
    const a = await assignment('Senzori');
    const before = checked(a.html);
    const score = (fields: Record<string, string | string[]>) =>
      post(`${a.path}?/score`, { version: a.version, ...fields }, 'evaluator');
    for (const bad of [...badInput.numbers, '6', '0', ['4', '5'], "' OR '1'='1"]) {
      if (['0x10', ' 7 ', '9007199254740993', '1e309', 'Infinity'].includes(String(bad))) continue;
      const r = await score({ score_impact: bad });
      if (String(bad).trim() === '' || ['1', '2', '3', '4', '5'].includes(String(bad))) continue;
      expectRefused(r, `score ${JSON.stringify(bad)}`);
    }
    for (const bad of ['0x10', ' 7 ', '9007199254740993', '1e309', 'Infinity']) {
      expectRefused(await score({ score_impact: bad }), `score ${bad}`);
    }
    for (const comment of [long(2001), long(10000), 'a\u0000b']) {
      expectRefused(await score({ score_impact: '3', comment_impact: comment }), 'long comment');
    }
    for (const version of ['', 'x', '-1', ['1', '2'], '1; DROP TABLE x']) {
      expectRefused(
        await post(`${a.path}?/score`, { version, score_impact: '3' }, 'evaluator'),
        `version ${JSON.stringify(version)}`,
      );
    }
    expect(checked((await get(a.path, 'evaluator')).html)).toEqual(before);
  });

  it('keeps a hostile comment as typed and shows it escaped', async () => {
    const a = await assignment('Senzori');
    const comment = [...badInput.valid_but_awkward_text, ...badInput.script_injection].join('\n');
    const r = await post(
      `${a.path}?/score`,
      { version: a.version, score_impact: '4', comment_impact: comment.slice(0, 2000) },
      'evaluator',
    );
    expect(r.status).toBe(200);
    const page = (await get(a.path, 'evaluator')).html;
    expect(page).toContain('Ștefan Țîrlea și Anișoara Mureșan');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('refuses an empty or over-long conflict reason; others’ assignments are not found', async () => {
    const a = await assignment('Senzori');
    for (const reason of emptyAndLong(2000)) {
      expectRefused(
        await post(`${a.path}?/conflict`, { conflictReason: reason }, 'evaluator'),
        `reason ${JSON.stringify(reason).slice(0, 20)}`,
      );
    }
    expect((await get(a.path, 'evaluator')).html).toContain('name="version"');
    for (const id of badInput.ids.slice(0, 6)) {
      const r = await get(`/evaluation/${encodeURIComponent(id)}`, 'evaluator');
      expect(r.status, id).toBe(404);
    }
    expect((await get(a.path, 'employee')).status).toBe(404);
    expect(
      (await post(`${a.path}?/score`, { version: a.version, score_impact: '1' }, 'admin')).status,
    ).toBe(404);
  });
});

describe('the administrator’s forms', () => {
  it('refuses bad assignment, removal and decision input with a message', async () => {
    const calls = await get('/calls', 'admin');
    const callId = new RegExp(`href="/calls/([0-9a-f-]{36})"[^>]*>${BLIND_CALL}<`).exec(
      calls.html,
    )?.[1];
    expect(callId).toBeTruthy();
    const base = `/admin/calls/${callId}`;
    const progress = await get(`${base}/evaluation`, 'admin');
    const evaluator = /name="evaluatorIds" value="([0-9a-f-]{36})"/.exec(progress.html)?.[1];
    expect(evaluator).toBeTruthy();
    for (const perProposal of [
      ...badInput.numbers.filter((n) => !['1e309'].includes(n)),
      '21',
      '',
    ]) {
      if (/^\s*\d\s*$/.test(perProposal) && Number(perProposal) >= 1) continue;
      expectRefused(
        await post(
          `${base}/evaluation?/assign`,
          { mode: 'balanced', perProposal, evaluatorIds: evaluator! },
          'admin',
        ),
        `perProposal ${perProposal}`,
      );
    }
    for (const evaluatorIds of [...badInput.ids, '', ['x', 'y']]) {
      expectRefused(
        await post(`${base}/evaluation?/assign`, { mode: 'all', evaluatorIds }, 'admin'),
        `evaluatorIds ${JSON.stringify(evaluatorIds)}`,
      );
    }
    expectRefused(
      await post(
        `${base}/evaluation?/assign`,
        { mode: 'everyone', evaluatorIds: evaluator! },
        'admin',
      ),
      'mode',
    );
    for (const assignmentId of badInput.ids) {
      expectRefused(
        await post(`${base}/evaluation?/unassign`, { assignmentId }, 'admin'),
        `assignmentId ${assignmentId}`,
      );
    }
    const ranking = await get(`${base}/ranking`, 'admin');
    const proposalId = /name="proposalId" value="([0-9a-f-]{36})"/.exec(ranking.html)?.[1];
    expect(proposalId).toBeTruthy();
    for (const decisionJustification of emptyAndLong(5000)) {
      expectRefused(
        await post(
          `${base}/ranking?/decide`,
          { proposalId: proposalId!, outcome: 'select', decisionJustification },
          'admin',
        ),
        'justification',
      );
    }
    for (const [id, outcome] of [
      ...badInput.ids.map((x) => [x, 'select']),
      [proposalId!, 'crown'],
      [proposalId!, ''],
    ]) {
      expectRefused(
        await post(
          `${base}/ranking?/decide`,
          { proposalId: id!, outcome: outcome!, decisionJustification: 'Motiv.' },
          'admin',
        ),
        `decide ${id} ${outcome}`,
      );
    }
    // Nothing was decided: the proposal is still offered a decision.
    expect((await get(`${base}/ranking`, 'admin')).html).toContain(`value="${proposalId}"`);
    // Not the evaluator's, not an employee's.
    for (const role of ['evaluator', 'employee'] as const) {
      expect((await get(`${base}/evaluation`, role)).status).toBe(403);
      expect((await post(`${base}/ranking?/publish`, {}, role)).status).toBe(403);
      expect((await get(`${base}/ranking.csv`, role)).status).toBe(403);
    }
  });
});
