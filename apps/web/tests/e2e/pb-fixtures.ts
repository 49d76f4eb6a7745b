/**
 * Participatory-budgeting data a journey needs but does not itself walk through, made through
 * the app's own forms over HTTP — the requests an administrator's or a voter's browser without
 * JavaScript sends (fixtures.ts does the same for calls). The browser test walks one process
 * through the pages; the processes of the other ballot rules are set up here.
 */
import { expect, inject } from 'vitest';
import { request as http, type APIRequestContext } from 'playwright-core';
import { baseUrl } from './browser.ts';
import { utcToZonedInput } from '#lib/i18n/format.ts';

const DAY = 86_400_000;
const TZ = 'Europe/Bucharest';
type Form = Record<string, string> | [string, string][];

/** A request context of no one, or of a demo account signed in once by the global set-up. */
export async function api(as?: 'admin' | 'participant'): Promise<APIRequestContext> {
  const session = as ? inject('sessions')[as] : undefined;
  const host = new URL(baseUrl()).hostname;
  return http.newContext({
    baseURL: baseUrl(),
    extraHTTPHeaders: { 'accept-language': 'ro-RO,ro;q=0.9' },
    storageState: {
      origins: [],
      cookies: session
        ? [
            {
              ...session,
              domain: host,
              path: '/',
              expires: -1,
              httpOnly: true,
              secure: false,
              sameSite: 'Lax',
            },
          ]
        : [],
    },
  });
}

/** Posts a form as a browser does (same origin, asking for HTML); expects `status`, returns the page. */
export async function post(
  request: APIRequestContext,
  path: string,
  form: Form,
  status = 200,
): Promise<{ html: string; location: string }> {
  const response = await request.post(path, {
    data: new URLSearchParams(form).toString(),
    headers: {
      origin: baseUrl(),
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
    },
    maxRedirects: 0,
  });
  const html = await response.text();
  expect(response.status(), `POST ${path}: ${html.slice(0, 3000)}`).toBe(status);
  return { html, location: response.headers().location ?? '' };
}

/** The value of every option of the select named `name` in a page. */
export function optionsOf(html: string, name: string): string[] {
  const select = new RegExp(`<select[^>]*name="${name}"[\\s\\S]*?</select>`).exec(html)?.[0];
  expect(select, `a select named ${name}`).toBeTruthy();
  return [...select!.matchAll(/<option[^>]*value="([^"]*)"/g)].map((m) => m[1]!).filter(Boolean);
}

export interface RuleFields {
  kind: 'approval' | 'knapsack' | 'cumulative';
  minProjects?: string;
  maxProjects?: string;
  perDomainMax?: string;
  irrevocable?: boolean;
  budgetLimit?: string;
  points?: string;
  maxPointsPerProject?: string;
  countingRule: 'cluj' | 'greedy' | 'mes-add1';
  maxWinners: string;
}

export interface VotingProcess {
  id: string;
  title: string;
  /** Project ids on the ballot, in the order given. */
  projects: string[];
  /** One-time voting codes of this process (the first one opened the booth, unused). */
  codes: string[];
}

/**
 * A public process in its voting phase with this ballot rule and these projects (costs in whole
 * euros, each in the domain of that index): created, ruled, filled and opened by the admin.
 */
export async function votingProcess(
  admin: APIRequestContext,
  o: {
    title: string;
    budget: string;
    rule: RuleFields;
    projects: [number, string, string][];
    codes: number;
  },
): Promise<VotingProcess> {
  const at = (days: number) => utcToZonedInput(new Date(Date.now() + days * DAY), TZ);
  const created = await post(
    admin,
    '/admin/pb/new',
    {
      title_ro: o.title,
      description_ro: `Proces de test pentru regula „${o.rule.kind}”.`,
      audience: 'public',
      budget: o.budget,
      projectCap: '150000',
      countingRule: o.rule.countingRule,
      maxWinners: o.rule.maxWinners,
      starts_voting: at(30),
      starts_validation: at(60),
      starts_results: at(90),
    },
    303,
  );
  const path = created.location;
  expect(path).toMatch(/^\/admin\/pb\/[0-9a-f-]{36}$/);
  const { irrevocable, ...rule } = o.rule;
  await post(admin, `${path}?/rules`, {
    minProjects: '1',
    maxProjects: '',
    perDomainMax: '',
    budgetLimit: '',
    minBudgetSharePercent: '',
    points: '',
    maxPointsPerProject: '',
    ...rule,
    ...(irrevocable ? { irrevocable: 'on' } : {}),
  });
  const domains = optionsOf(await (await admin.get(path)).text(), 'domainId');
  for (const [domain, title, cost] of o.projects) {
    await post(admin, `${path}?/project`, { domainId: domains[domain]!, title, cost, summary: '' });
  }
  await moveTo(admin, path, ['voting']);
  const id = path.split('/').at(-1)!;
  const codes = await votingCodes(admin, id, o.codes);
  const projects = await ballotIds(
    id,
    codes[0]!,
    o.projects.map(([, title]) => title),
  );
  return { id, title: o.title, projects, codes };
}

/**
 * The ids of the projects on a ballot, found by (part of) their titles: a code opens the booth
 * without being used up, and its choices carry the ids.
 */
export async function ballotIds(processId: string, code: string, titles: string[]) {
  const visitor = await api();
  const { html } = await post(visitor, `/pb/${processId}/vote?/code`, { code });
  await visitor.dispose();
  const labels = [
    ...html.matchAll(
      /<label[^>]*for="(?:project-|points_)([0-9a-f-]{36})"[^>]*>([\s\S]*?)<\/label>/g,
    ),
  ];
  return titles.map((title) => {
    const label = labels.find((l) => l[2]!.includes(title));
    expect(label, `${title} on the ballot`).toBeTruthy();
    return label![1]!;
  });
}

/** Moves a process by hand through these phases, as its admin page's button does. */
export async function moveTo(admin: APIRequestContext, adminPath: string, phases: string[]) {
  for (const name of phases) await post(admin, `${adminPath}?/phase`, { name });
}

/** The signed-in citizen of `request` declares living in the city, for this process. */
export async function declare(request: APIRequestContext, processId: string) {
  await post(request, `/pb/${processId}/vote?/declare`, {
    relation: 'lives',
    birthYear: '1990',
    confirm: 'on',
  });
}

/** One-time voting codes, generated by the admin (as printed for the city desk). */
export async function votingCodes(admin: APIRequestContext, processId: string, count: number) {
  const { html } = await post(admin, `/admin/pb/${processId}/codes`, { count: String(count) });
  const codes = [...html.matchAll(/class="receipt-code">([A-Z2-9-]+)</g)].map((m) => m[1]!);
  expect(codes).toHaveLength(count);
  return codes;
}

/**
 * A voter with a one-time code casts a ballot in one post, as the review page's confirm button
 * sends it: approvals as `project` ids, or points per project for a cumulative ballot.
 */
export async function voteWithCode(
  processId: string,
  code: string,
  choice: string[] | Record<string, number>,
) {
  const visitor = await api();
  try {
    const fields: [string, string][] = Array.isArray(choice)
      ? choice.map((id) => ['project', id])
      : Object.entries(choice).map(([id, n]) => [`points_${id}`, String(n)]);
    const { html } = await post(visitor, `/pb/${processId}/vote?/confirm`, [
      ['code', code],
      ...fields,
    ]);
    expect(html).toContain('class="receipt-code"');
  } finally {
    await visitor.dispose();
  }
}

/** The demo participant writes and submits a proposal in a process's submission phase. */
export async function proposeAsParticipant(processId: string, title: string, domainIndex: number) {
  const participant = await api('participant');
  try {
    const path = `/pb/${processId}/proposals/new`;
    await post(participant, `${path}?/declare`, {
      relation: 'works',
      birthYear: '1988',
      confirm: 'on',
    });
    const html = await (await participant.get(path)).text();
    const clientToken = /name="clientToken" value="([^"]+)"/.exec(html)?.[1] ?? '';
    await post(
      participant,
      `${path}?/create`,
      {
        clientToken,
        intent: 'submit',
        title,
        description: 'Aceeași idee, scrisă de un vecin: bănci și umbră în parcul din cartier.',
        domainId: optionsOf(html, 'domainId')[domainIndex]!,
        cost: '60000',
        address: '',
        latitude: '',
        longitude: '',
      },
      303,
    );
  } finally {
    await participant.dispose();
  }
}
