/**
 * From a selected proposal to public impact, without JavaScript: the demo administrator makes a
 * project of the demo's waiting selected proposal, with the demo employee as its lead, and adds
 * two weighted milestones; the lead moves one and the progress follows; the lead records a saving
 * in euro; the public totals do not move until the administrator — a second person — signs it
 * off, then they do (page and JSON). Then, on a demo project under way, the administrator adds a
 * mentor on the edit page and records a KPI's value after on its own page (a date before the
 * value before is refused), and a citizen follows the project. Every page is checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser } from 'playwright-core';
import { baseUrl, journey, launchBrowser, type Visitor } from './browser.ts';
import { exactly, msg } from './i18n.ts';
import { WAITING_TITLE } from '#lib/server/projects/seed-data.ts';

/** A demo project under way, with a KPI (seed-data.ts). */
const RUNNING_TITLE = 'Mesaje SMS înainte de scadența impozitelor locale';
const STOPPED_TITLE = 'Asistent automat pentru întrebările frecvente de la ghișeu';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const m = (key: Parameters<typeof msg>[1]) => msg('ro', key);

/** The public JSON's verified total in euro (0 when there is none). */
async function eurInJson(request: APIRequestContext) {
  const response = await request.get(`${baseUrl()}/impact/data.json`);
  expect(response.status()).toBe(200);
  const data = (await response.json()) as { totals: { metric: string; total: number }[] };
  return data.totals.find((t) => t.metric === 'eur')?.total ?? 0;
}

/** The public page's verified total in euro, as the page states it (0 when there is none). */
async function eurOnPage(v: Visitor) {
  await v.visit('/impact');
  const cell = v.page.locator('main tr[data-metric="eur"] td[data-total]');
  return (await cell.count()) ? Number(await cell.getAttribute('data-total')) : 0;
}

async function publicEur() {
  let figures: [number, number] = [0, 0];
  await journey(browser, { javaScript: false }, async (visitor) => {
    figures = [await eurOnPage(visitor), await eurInJson(visitor.context.request)];
  });
  expect(figures[0]).toBe(figures[1]);
  return figures[0];
}

async function fill(v: Visitor, label: string, value: string) {
  await v.page.locator('main').getByLabel(label, { exact: true }).fill(value);
}

describe('a selected proposal becomes a project, delivers, and its saving counts once signed off', () => {
  it('runs from the proposal to the public totals', async () => {
    const before = await publicEur();
    let projectPath = '';

    await journey(browser, { javaScript: false, as: 'admin' }, async (admin) => {
      await admin.visit('/admin/projects/new');
      const main = admin.page.locator('main');
      await main.getByLabel(WAITING_TITLE, { exact: false }).check();
      await main
        .getByLabel(m('impact.filter.department'), { exact: true })
        .selectOption({ label: 'Serviciul Salarizare' });
      await main
        .getByLabel(m('projects.field.lead'), { exact: true })
        .selectOption({ label: 'Cristina Sabău' });
      await admin.follow(
        main.getByRole('button', { name: exactly('ro', 'projects.new.submit') }),
        /\/projects\//,
      );
      projectPath = new URL(admin.page.url()).pathname;
      expect(await main.locator('h1').innerText()).toBe(WAITING_TITLE);

      for (const [title, due, weight] of [
        ['Export PDF din programul de salarizare', '2026-01-15', '1'],
        ['Test cu două direcții', '2026-03-01', '3'],
      ]) {
        await fill(admin, m('projects.field.milestone'), title!);
        await fill(admin, m('projects.field.dueOn'), due!);
        await fill(admin, m('projects.field.weight'), weight!);
        await admin.follow(
          main.getByRole('button', { name: exactly('ro', 'projects.milestone.submit') }),
        );
        await expect.poll(() => main.innerText()).toContain(title!);
      }
      expect(await main.getByTestId('progress').innerText()).toBe('0%');
    });

    await journey(browser, { javaScript: false, as: 'employee' }, async (lead) => {
      await lead.visit(projectPath);
      const main = lead.page.locator('main');
      await main
        .getByLabel(`${m('projects.field.status')}: Test cu două direcții`, { exact: true })
        .selectOption('done');
      await lead.follow(
        main.getByRole('button', {
          name: new RegExp(`^${m('projects.milestone.save')}\\W+Test cu două direcții$`),
        }),
      );
      await expect.poll(() => main.getByTestId('progress').innerText()).toBe('75%');

      await main.getByLabel(m('impact.savings.metric'), { exact: true }).selectOption('eur');
      await fill(lead, m('projects.field.measured'), '1500');
      await fill(lead, m('projects.field.periodStart'), '2026-04-01');
      await fill(lead, m('projects.field.periodEnd'), '2026-04-30');
      await fill(
        lead,
        m('projects.field.method'),
        'Hârtie și plicuri cumpărate în aprilie, față de aprilie anul trecut.',
      );
      await lead.follow(
        main.getByRole('button', { name: exactly('ro', 'projects.saving.submit') }),
      );
      await expect.poll(() => main.innerText()).toContain(m('projects.notice.saving'));
      // Its author cannot sign it off: no such button for her.
      expect(
        await main
          .getByRole('button', { name: new RegExp(`^${m('projects.savings.verify')}`) })
          .count(),
      ).toBe(0);
    });

    expect(await publicEur()).toBe(before);

    await journey(browser, { javaScript: false, as: 'admin' }, async (admin) => {
      await admin.visit(projectPath);
      const main = admin.page.locator('main');
      await admin.follow(
        main.getByRole('button', { name: new RegExp(`^${m('projects.savings.verify')}`) }),
      );
      await expect.poll(() => main.innerText()).toContain(m('projects.notice.verified'));
    });

    expect(await publicEur()).toBe(before + 1500);

    await journey(browser, { javaScript: false }, async (visitor) => {
      await visitor.visit(projectPath);
      const text = await visitor.page.locator('main').innerText();
      expect(text).toContain(m('projects.savings.verified'));
      expect(text).toContain('75%');
    });
  });

  it('changes after the start: a mentor joins, a KPI’s value after, a citizen follows', async () => {
    let projectPath = '';
    await journey(browser, { javaScript: false, as: 'admin' }, async (admin) => {
      await admin.visit('/admin/projects');
      const main = admin.page.locator('main');
      await admin.follow(main.getByRole('link', { name: RUNNING_TITLE }), /\/projects\//);
      projectPath = new URL(admin.page.url()).pathname;

      // A mentor joins after the start: the edit page changes the people, not the proposals.
      await admin.follow(
        main.getByRole('link', { name: exactly('ro', 'projects.edit.link') }),
        /\/edit$/,
      );
      const mentors = main.getByLabel(m('projects.field.mentors'), { exact: true });
      const mentor = (await mentors.locator('option').first().innerText()).trim();
      await mentors.selectOption({ index: 0 });
      await admin.follow(
        main.getByRole('button', { name: exactly('ro', 'projects.edit.submit') }),
        /\/projects\/[^/]+$/,
      );
      expect(await main.locator('dl').innerText()).toContain(mentor);

      // A KPI measured before; its value after is recorded later, on its own page.
      await fill(admin, m('projects.field.kpi'), 'Fluturași tipăriți pe lună');
      await fill(admin, m('projects.kpi.before'), '1050');
      await fill(admin, m('projects.kpi.before_on'), '2026-01-31');
      await admin.follow(main.getByRole('button', { name: exactly('ro', 'projects.kpi.submit') }));
      await admin.follow(
        // The new KPI is the last one listed.
        main.getByRole('link', { name: new RegExp(`^${m('projects.kpi.after_submit')}`) }).last(),
        /\/kpis\//,
      );
      await fill(admin, m('projects.kpi.after'), '40');
      await fill(admin, m('projects.kpi.after_on'), '2025-12-31');
      await admin.follow(
        main.getByRole('button', { name: exactly('ro', 'projects.kpi.after_submit') }),
      );
      expect(await main.innerText()).toContain(m('projects.form.period'));
      // What was typed is still there.
      expect(await main.getByLabel(m('projects.kpi.after'), { exact: true }).inputValue()).toBe(
        '40',
      );
      await fill(admin, m('projects.kpi.after_on'), '2026-09-30');
      await admin.follow(
        main.getByRole('button', { name: exactly('ro', 'projects.kpi.after_submit') }),
        /\/projects\/[^/]+(#kpis)?$/,
      );
      expect(
        await main.getByRole('table', { name: m('projects.kpis.heading') }).innerText(),
      ).toContain('2026-09-30');
    });

    // A citizen follows the project's news.
    await journey(browser, { javaScript: false, as: 'participant' }, async (citizen) => {
      await citizen.visit(projectPath);
      const main = citizen.page.locator('main');
      await citizen.follow(
        main.getByRole('button', { name: exactly('ro', 'projects.follow.submit') }),
      );
      expect(await main.innerText()).toContain(m('projects.notice.followed'));
      expect(
        await main.getByRole('button', { name: exactly('ro', 'projects.follow.stop') }).count(),
      ).toBe(1);
    });
  });

  it('a stopped project has no edit page, and a KPI address that names none is not found', async () => {
    await journey(browser, { javaScript: false, as: 'admin' }, async (admin) => {
      await admin.visit('/admin/projects');
      const main = admin.page.locator('main');
      await admin.follow(main.getByRole('link', { name: STOPPED_TITLE }), /\/projects\//);
      const projectPath = new URL(admin.page.url()).pathname;
      await admin.visit(`${projectPath}/edit`, 409);
      expect(await main.innerText()).toContain(m('projects.stopped_already'));
      expect(await main.locator('form').count()).toBe(0);
      await admin.visit(`${projectPath}/kpis/not-a-kpi`, 404);
    });
  });
});
