/**
 * The bad and awkward input of the shared bad-input list (kept in the repository as src/lib/server/testing/bad-input.json), posted to every form the way a
 * browser without JavaScript posts it. Expected: a clear message (the error summary) or 403/404,
 * the data unchanged, never a 5xx; awkward-but-valid text stored and shown exactly as typed.
 */
import { describe, expect, inject, it } from 'vitest';
import badInput from '../../src/lib/server/testing/bad-input.json' with { type: 'json' };
import { baseUrl, demoCallHref } from './browser.ts';

type Role = 'admin' | 'employee' | 'participant';
const cookie = (role: Role) => {
  const s = inject('sessions')[role]!;
  return `${s.name}=${s.value}`;
};

async function get(path: string, role?: Role) {
  const res = await fetch(baseUrl() + path, { headers: role ? { cookie: cookie(role) } : {} });
  return { status: res.status, html: await res.text() };
}

/** A form post as a browser sends it: same origin, urlencoded, repeated keys for arrays. */
async function post(path: string, fields: Record<string, string | string[]>, role?: Role) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  const res = await fetch(baseUrl() + path, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: baseUrl(),
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      ...(role ? { cookie: cookie(role) } : {}),
    },
    body,
  });
  return { status: res.status, html: await res.text(), location: res.headers.get('location') };
}

const long = (n: number) => badInput.too_long.repeat.repeat(n);
const wrongTypes: (string | string[])[] = [['two', 'values'], '42', 'true'];
const hostile = [...badInput.script_injection, ...badInput.sql_like];

/** The cases every text field gets, with whether the form must refuse them. */
const textCases = (max: number): { value: string | string[]; refused: boolean }[] => [
  ...badInput.empty.map((value) => ({ value, refused: true })),
  ...badInput.too_long.lengths.map((n) => ({ value: long(n), refused: n > max })),
  ...badInput.control_chars
    .filter((s) => /[\u0000-\u0008]/.test(s))
    .map((value) => ({ value: `a${value}b`, refused: true })),
];

function expectRefused(r: { status: number; html: string }, what: string) {
  expect(r.status, what).toBeLessThan(500);
  expect(r.status, what).not.toBe(303);
  expect(r.html, `${what}: a clear message`).toContain('error-summary');
}

const firstMatch = (html: string, re: RegExp, what: string) => {
  const m = re.exec(html)?.[1];
  expect(m, what).toBeTruthy();
  return m!;
};

async function proposalForm() {
  const calls = await get('/calls', 'employee');
  const callPath = demoCallHref(calls.html);
  expect(callPath, 'the demo call').toBeTruthy();
  const form = await get(`${callPath}/proposals/new`, 'employee');
  return {
    callPath,
    clientToken: () => crypto.randomUUID(),
    categoryId: firstMatch(
      form.html,
      /name="categoryId"[\s\S]*?<option value="([^"]+)"/,
      'category',
    ),
  };
}

const myProposalCount = async () =>
  (await get('/my/proposals', 'employee')).html.split('href="/proposals/').length - 1;

describe('the proposal form', () => {
  it('refuses every bad title, problem and solution with a message, and creates nothing', async () => {
    const f = await proposalForm();
    const before = await myProposalCount();
    const valid = {
      title: 'Titlu valid',
      problem: 'Problemă',
      solution: 'Soluție',
      categoryId: f.categoryId,
    };
    for (const [field, max] of [
      ['title', 200],
      ['problem', 5000],
      ['solution', 5000],
    ] as const) {
      for (const c of textCases(max).filter((x) => x.refused)) {
        const r = await post(
          `${f.callPath}/proposals/new?/submit`,
          {
            ...valid,
            clientToken: f.clientToken(),
            [field]: c.value,
          },
          'employee',
        );
        expectRefused(r, `${field} = ${JSON.stringify(c.value).slice(0, 40)}`);
      }
    }
    for (const categoryId of [
      '',
      'not-a-uuid',
      crypto.randomUUID(),
      "' OR '1'='1",
      ...wrongTypes.map(String),
    ]) {
      const r = await post(
        `${f.callPath}/proposals/new?/save`,
        { ...valid, categoryId, clientToken: f.clientToken() },
        'employee',
      );
      expectRefused(r, `categoryId = ${categoryId}`);
    }
    for (const clientToken of ['', 'x', '1; DELETE FROM proposals']) {
      expectRefused(
        await post(`${f.callPath}/proposals/new?/save`, { ...valid, clientToken }, 'employee'),
        `token ${clientToken}`,
      );
    }
    // Wrong types: a field sent twice (an array) or not at all.
    const { title: _omitted, ...noTitle } = valid;
    for (const fields of [{ ...valid, title: ['two', 'values'] }, noTitle]) {
      const r = await post(
        `${f.callPath}/proposals/new?/save`,
        { ...fields, clientToken: f.clientToken() },
        'employee',
      );
      expectRefused(r, `fields ${JSON.stringify(fields).slice(0, 60)}`);
    }
    expect(await myProposalCount()).toBe(before);
  });

  it('keeps what was typed when refusing, escaped, never executed', async () => {
    const f = await proposalForm();
    const r = await post(
      `${f.callPath}/proposals/new?/submit`,
      {
        title: '<script>alert(1)</script>',
        problem: '',
        solution: '"><svg onload=alert(1)>',
        categoryId: f.categoryId,
        clientToken: f.clientToken(),
      },
      'employee',
    );
    expectRefused(r, 'empty problem');
    expect(r.html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(r.html).not.toContain('<script>alert(1)</script>');
    expect(r.html).not.toContain('<svg onload');
  });

  it('stores awkward but valid text exactly, and shows it escaped', async () => {
    const f = await proposalForm();
    const awkward = [...badInput.valid_but_awkward_text, ...hostile];
    const problem = awkward.join('\n');
    const title = 'Ștefan Țîrlea — Gyöngyösi Ödön 🚲 100% & <b>bold?</b>';
    const r = await post(
      `${f.callPath}/proposals/new?/save`,
      {
        title,
        problem,
        solution: "O'Brien; DROP TABLE users;--",
        categoryId: f.categoryId,
        clientToken: f.clientToken(),
      },
      'employee',
    );
    expect(r.status).toBe(303);
    const page = await get(r.location!.replace(/\?.*$/, ''), 'employee');
    expect(page.status).toBe(200);
    const text = page.html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    expect(text).toContain(title);
    for (const line of problem.split('\n')) expect(text, line).toContain(line.trim());
    expect(page.html).not.toContain('<img src=x onerror');
    expect(page.html).not.toContain('<iframe src=//example.org>');
  });

  it("another user's draft cannot be read, edited or submitted: 404, unchanged", async () => {
    const f = await proposalForm();
    const made = await post(
      `${f.callPath}/proposals/new?/save`,
      {
        title: 'Ciorna angajatei',
        problem: '',
        solution: '',
        categoryId: f.categoryId,
        clientToken: f.clientToken(),
      },
      'employee',
    );
    const path = made.location!.replace(/\?.*$/, '');
    for (const role of ['admin', 'participant'] as const) {
      expect((await get(path, role)).status).toBe(404);
      expect((await get(`${path}/edit`, role)).status).toBe(404);
      const edit = await post(
        `${path}/edit?/save`,
        { title: 'Deturnată', problem: '', solution: '', categoryId: f.categoryId },
        role,
      );
      expect(edit.status).toBe(404);
      expect((await post(`${path}?/transition`, { name: 'submit' }, role)).status).toBe(404);
    }
    expect(await post(`${path}?/transition`, { name: 'publish' }, 'employee')).toMatchObject({
      status: 400,
    });
    const mine = await get(path, 'employee');
    expect(mine.html).toContain('Ciorna angajatei');
    expect(mine.html).not.toContain('Deturnată');
  });

  it('ids that are not ids are 404, never a database error', async () => {
    for (const id of ["' OR '1'='1", '1%3B%20DELETE%20FROM%20proposals', long(300), '%00']) {
      expect((await get(`/proposals/${id}`, 'employee')).status).toBe(404);
      expect((await get(`/calls/${id}`, 'employee')).status).toBe(404);
    }
  });
});

describe('the call form (administrators)', () => {
  const valid = {
    title_ro: 'Apel de test',
    description_ro: 'Descriere',
    audience: 'internal',
    opensAt: '2026-12-01T09:00',
    closesAt: '2027-01-31T17:00',
    eligibleRoles: 'employee',
    allowsIndividual: 'on',
  };
  const callCount = async () =>
    (await get('/calls', 'admin')).html.split('class="card-list"')[1]?.split('<li').length ?? 0;

  it('refuses bad dates, texts and choices with a message, and creates no call', async () => {
    const before = await callCount();
    for (const date of [
      ...badInput.dates.filter((d) => d !== '9999-12-31T23:59:59Z'),
      '',
      ...wrongTypes.map(String),
    ]) {
      expectRefused(
        await post('/admin/calls/new', { ...valid, opensAt: date }, 'admin'),
        `opensAt ${date}`,
      );
    }
    expectRefused(
      await post('/admin/calls/new', { ...valid, closesAt: '2026-11-01T09:00' }, 'admin'),
      'closes before opening',
    );
    for (const c of textCases(200).filter((x) => x.refused)) {
      expectRefused(
        await post('/admin/calls/new', { ...valid, title_ro: c.value }, 'admin'),
        'title_ro',
      );
    }
    for (const audience of ['', 'everyone', ...hostile.slice(0, 2)]) {
      expectRefused(
        await post('/admin/calls/new', { ...valid, audience }, 'admin'),
        `audience ${audience}`,
      );
    }
    // The configuration: numbers, money, roles, grades, departments, later phases.
    const config: Record<string, string[]> = {
      maxTeamSize: [...badInput.numbers.filter((n) => n !== ' 7 '), '21'],
      winnersCount: ['-1', '0', '1e309', 'abc'],
      supportBudget: badInput.money.filter((m) => m !== '150 000'),
      eligibleRoles: ['', 'participant', 'root', ...hostile.slice(0, 2)],
      excludedGrades: ['king', ...hostile.slice(0, 2)],
      eligibleDepartmentIds: ['abc', "' OR '1'='1"],
      decisionAt: [
        ...badInput.dates.filter((d) => d !== '9999-12-31T23:59:59Z'),
        '2026-12-15T09:00',
      ],
    };
    for (const [field, bad] of Object.entries(config)) {
      for (const value of bad) {
        expectRefused(
          await post(
            '/admin/calls/new',
            { ...valid, allowsTeam: 'on', maxTeamSize: '4', [field]: value },
            'admin',
          ),
          `${field} ${value}`,
        );
      }
    }
    expect(await callCount()).toBe(before);
  });

  it('is forbidden to employees and visitors', async () => {
    expect((await post('/admin/calls/new', valid, 'employee')).status).toBe(403);
    expect((await post('/admin/calls/new', valid)).status).toBeGreaterThanOrEqual(300);
    expect((await post('/admin/calls/new', valid)).status).toBeLessThan(500);
  });
});

describe('account and other forms', () => {
  it('sign-up refuses bad names, e-mails and passwords with a message', async () => {
    const valid = {
      name: 'Anișoara Mureșan',
      email: 'anisoara@example.org',
      password: 'o parolă destul de lungă',
      locale: 'ro',
    };
    for (const email of badInput.emails.filter((e) => !/^(A@PRIMARIA|a\+tag)/.test(e))) {
      expectRefused(
        await post('/account/sign-up', { ...valid, email }),
        `email ${JSON.stringify(email)}`,
      );
    }
    for (const c of textCases(200).filter((x) => x.refused)) {
      expectRefused(await post('/account/sign-up', { ...valid, name: c.value }), 'name');
    }
    expectRefused(
      await post('/account/sign-up', { ...valid, password: 'short' }),
      'short password',
    );
    expectRefused(await post('/account/sign-up', { ...valid, locale: 'xx' }), 'locale');
  });

  it('sign-in refuses malformed input with a message (and says nothing about accounts)', async () => {
    for (const email of ['', 'a@', '<script>alert(1)</script>']) {
      expectRefused(await post('/account/sign-in', { email, password: '' }), `email ${email}`);
    }
  });

  it('profile refuses bad names and languages, and keeps the old values', async () => {
    const before = (await get('/account/profile', 'employee')).html;
    const name = firstMatch(before, /name="name"[^>]*value="([^"]*)"/, 'current name');
    for (const c of textCases(200).filter((x) => x.refused)) {
      expectRefused(
        await post('/account/profile?/update', { name: c.value, locale: 'ro' }, 'employee'),
        'name',
      );
    }
    expectRefused(
      await post('/account/profile?/update', { name: 'X', locale: '1 UNION SELECT' }, 'employee'),
      'locale',
    );
    const after = (await get('/account/profile', 'employee')).html;
    expect(firstMatch(after, /name="name"[^>]*value="([^"]*)"/, 'name after')).toBe(name);
  });

  it('the accessibility feedback form refuses an empty message and a bad e-mail', async () => {
    for (const message of badInput.empty) {
      expectRefused(
        await post('/accessibility', { message }),
        `message ${JSON.stringify(message)}`,
      );
    }
    expectRefused(await post('/accessibility', { message: long(10_000) }), 'too long');
    expectRefused(
      await post('/accessibility', { message: 'Contrast slab', email: 'a@b.ro\nBcc: c@d.ro' }),
      'header injection',
    );
  });

  it('query strings never break a page', async () => {
    const f = await proposalForm();
    for (const q of [
      'page=NaN',
      'page=-1',
      'page=1e309',
      `q=${encodeURIComponent(long(10_000))}`,
      'category=%3Cscript%3E',
      'q=%25%27%20--',
    ]) {
      expect((await get(`${f.callPath}?${q}`, 'employee')).status, q).toBe(200);
    }
    for (const q of [
      'from=2026-02-30',
      'to=yesterday',
      'page=0x10',
      'action=%00',
      'resourceType=%27%20OR%201%3D1',
    ]) {
      expect((await get(`/admin/audit?${q}`, 'admin')).status, q).toBe(200);
    }
    for (const q of ['q=%00', 'page=NaN', `q=${encodeURIComponent(long(10_000))}`]) {
      expect((await get(`/admin/members?${q}`, 'admin')).status, q).toBe(200);
    }
    for (const returnTo of [
      '%00',
      '%2F%0D%0ASet-Cookie%3A%20x%3D1',
      'https%3A%2F%2Fevil.example',
      '%2F%2Fevil.example',
    ]) {
      const r = await post(`/language`, { locale: 'ro', returnTo: decodeURIComponent(returnTo) });
      expect(r.status, returnTo).toBe(303);
      expect(r.location, returnTo).toBe('/');
    }
    expect((await get('/admin/audit', 'employee')).status).toBe(403);
  });
});
