/**
 * The notification centre, its preferences and the job queue's page over HTTP, as a browser
 * without JavaScript uses them: a person reaches only their own notifications, bad preference
 * input is refused with a message and changes nothing, administrators retry dead jobs.
 */
import { describe, expect, inject, it } from 'vitest';
import badInput from '../../src/lib/server/testing/bad-input.json' with { type: 'json' };
import { baseUrl } from './browser.ts';
import { msg } from './i18n.ts';

type Role = 'admin' | 'employee' | 'participant';
const cookie = (role: Role) => {
  const s = inject('sessions')[role]!;
  return `${s.name}=${s.value}`;
};

async function get(path: string, role?: Role) {
  const res = await fetch(baseUrl() + path, {
    redirect: 'manual',
    headers: role ? { cookie: cookie(role) } : {},
  });
  return { status: res.status, html: await res.text(), location: res.headers.get('location') };
}

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

const ids = (html: string) =>
  [...html.matchAll(/name="id" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
/** The id of the first notification on the page whose text has this (others come and go). */
const idOf = (html: string, text: string) =>
  html
    .split('<li')
    .find((item) => item.includes(text))
    ?.match(/name="id" value="([0-9a-f-]{36})"/)?.[1];
const selected = (html: string, field: string) =>
  new RegExp(
    `<select[^>]*name="${field.replace('.', '\\.')}"[\\s\\S]*?<option value="(\\w+)"[^>]*selected`,
  ).exec(html)?.[1];

describe('the notification centre', () => {
  it('is for signed-in people: a visitor is sent to sign in', async () => {
    for (const path of ['/notifications', '/account/notifications']) {
      const r = await get(path);
      expect(r.status, path).toBeGreaterThanOrEqual(300);
      expect(r.status, path).toBeLessThan(400);
      expect(r.location, path).toContain('/account/sign-in');
    }
  });

  it("nobody marks another person's notification; its owner does, and the header's count follows", async () => {
    const mine = await get('/notifications', 'admin');
    expect(mine.status).toBe(200);
    // The demo's dead job (the administrator has other notifications too, from other modules).
    const title = (l: 'ro' | 'en' | 'hu') => msg(l, 'jobs.notification.dead.title').split(':')[0]!;
    const id = (['ro', 'en', 'hu'] as const).map((l) => idOf(mine.html, title(l))).find(Boolean);
    expect(id, 'the demo administrator has an unread notification').toBeTruthy();
    expect(mine.html).toContain('class="badge"');
    expect((await get('/notifications', 'employee')).html).not.toContain(id!);
    for (const as of ['employee', 'participant'] as const) {
      expect((await post('/notifications?/read', { id: id! }, as)).status, as).toBe(404);
      expect((await post('/notifications?/open', { id: id! }, as)).status, as).toBe(404);
    }
    for (const bad of [...badInput.ids, ...badInput.sql_like, '']) {
      expect((await post('/notifications?/read', { id: bad }, 'admin')).status, bad).toBe(404);
    }
    expect((await get('/notifications', 'admin')).html).toContain('class="badge"');
    const open = await post('/notifications?/open', { id: id! }, 'admin');
    expect(open.status).toBe(303);
    expect(open.location).toBe('/admin/jobs?state=dead');
    const all = await post('/notifications?/all', {}, 'admin');
    expect(all.status).toBe(303);
    expect((await get('/notifications', 'admin')).html).not.toContain('class="badge"');
  });
});

describe('notification preferences', () => {
  const field = 'jobs.dead';

  it('refuse bad choices with a message beside the field and keep the old one', async () => {
    const before = selected((await get('/account/notifications', 'admin')).html, field);
    expect(before).toBe('now');
    const cases: (string | string[])[] = [
      ...badInput.empty,
      ...badInput.script_injection,
      ...badInput.sql_like,
      ['now', 'off'],
      'NOW',
    ];
    for (const value of cases) {
      const r = await post('/account/notifications', { [field]: value }, 'admin');
      expect(r.status, JSON.stringify(value)).toBe(400);
      expect(r.html, JSON.stringify(value)).toContain('error-summary');
      expect(r.html).toContain(`href="#${field}"`);
      expect(r.html).not.toContain('<script>alert(1)</script>');
    }
    expect(selected((await get('/account/notifications', 'admin')).html, field)).toBe('now');
  });

  it("an employee's page has no administrators' kind", async () => {
    const page = await get('/account/notifications', 'employee');
    expect(page.status).toBe(200);
    expect(page.html).not.toContain(`name="${field}"`);
  });

  it('save a good choice, and show it', async () => {
    const r = await post('/account/notifications', { [field]: 'digest' }, 'admin');
    expect(r.status).toBe(303);
    expect(r.location).toBe('/account/notifications?saved=1');
    expect(selected((await get('/account/notifications', 'admin')).html, field)).toBe('digest');
    await post('/account/notifications', { [field]: 'now' }, 'admin');
  });
});

describe('/admin/jobs', () => {
  it('is for administrators only', async () => {
    expect((await get('/admin/jobs', 'employee')).status).toBe(403);
    expect((await get('/admin/jobs', 'participant')).status).toBe(403);
    expect((await post('/admin/jobs?/retry', { id: '0' }, 'employee')).status).toBe(404);
    for (const q of ['?state=%3Cscript%3E', '?state=dead&page=-1', '?page=abc']) {
      expect((await get(`/admin/jobs${q}`, 'admin')).status, q).toBe(200);
    }
  });

  it('retries a dead job: it leaves the dead list', async () => {
    const dead = await get('/admin/jobs?state=dead', 'admin');
    const [id] = ids(dead.html);
    expect(id, 'the demo organisation has a dead job').toBeTruthy();
    expect((await post('/admin/jobs?/retry', { id: id! }, 'employee')).status).toBe(403);
    const r = await post('/admin/jobs?/retry', { id: id! }, 'admin');
    expect(r.status).toBe(303);
    expect((await get('/admin/jobs?state=dead', 'admin')).html).not.toContain(id!);
  });
});
