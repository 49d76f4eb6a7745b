/**
 * Citizen proposals without JavaScript, in Romanian: the demo participant writes a group
 * proposal for Com'ON (bad input first: every message beside its field, nothing typed lost),
 * invites a co-author, and accepts an invitation of his own. axe checks every page on the way.
 * (Analysis, merging and appeals are walked in pb-journey.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { journey, launchBrowser, type Visitor } from './browser.ts';
import { exactly, msg } from './i18n.ts';
import badInput from '#lib/server/testing/bad-input.json' with { type: 'json' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const m = (key: Parameters<typeof msg>[1], params?: Parameters<typeof msg>[2]) =>
  msg('ro', key, params);

/** The error beside a field, found through the field's aria-describedby. */
async function errorOf(v: Visitor, label: string) {
  const field = v.page.locator('main').getByLabel(label, { exact: true });
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const id = ids.split(' ').find((x) => x.endsWith('-error'));
  expect(id, `an error tied to "${label}"`).toBeTruthy();
  return v.page.locator(`[id="${id}"]`).innerText();
}

describe('citizen proposals without JavaScript', () => {
  it('a group proposal: bad input answered field by field, then saved, a co-author invited', async () => {
    await journey(browser, { as: 'participant', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/pb/proposals');
      await v.follow(main.locator('a.pb-propose-link').first(), /\/proposals\/new$/);
      const field = (key: Parameters<typeof m>[0]) => main.getByLabel(m(key), { exact: true });
      const description = `Iluminat pe aleea din spatele blocurilor — ${badInput.valid_but_awkward_text[0]}`;
      await field('pb_proposals.field.title').fill(badInput.empty[1]!);
      await field('pb_proposals.field.description').fill(description);
      await field('pb_proposals.field.domain').selectOption({ index: 6 });
      await field('pb_proposals.field.cost_estimate').fill('200000');
      await field('pb_proposals.field.latitude').fill('95');
      await field('pb_proposals.field.longitude').fill('23.6');
      const save = main.getByRole('button', {
        name: exactly('ro', 'pb_proposals.new.draft_group'),
      });
      await v.follow(save);
      expect(await errorOf(v, m('pb_proposals.field.title'))).toContain(m('form.required'));
      expect(await errorOf(v, m('pb_proposals.field.latitude'))).toContain(
        m('pb_proposals.form.latitude'),
      );
      expect(await field('pb_proposals.field.description').inputValue()).toBe(description);

      await field('pb_proposals.field.title').fill('Iluminat pe aleea Bucegi–Mehedinți');
      await field('pb_proposals.field.latitude').fill('46,7598');
      await v.follow(save);
      expect(await errorOf(v, m('pb_proposals.field.cost_estimate'))).toContain(
        m('pb_proposals.over_cap'),
      );
      await field('pb_proposals.field.cost_estimate').fill('85000,50');
      await v.follow(save, /\/proposals\/[0-9a-f-]{36}$/);
      expect(await main.locator('h1').innerText()).toBe('Iluminat pe aleea Bucegi–Mehedinți');
      expect(await main.innerText()).toContain(description);

      const email = main.getByLabel(m('pb_proposals.field.member_email'), { exact: true });
      await email.fill('nu-este-o-adresa');
      await v.follow(
        main.getByRole('button', { name: exactly('ro', 'pb_proposals.members.invite') }),
      );
      expect(await errorOf(v, m('pb_proposals.field.member_email'))).toContain(
        m('form.invalid_email'),
      );
      await email.fill('elena.boca@example.org');
      await v.follow(
        main.getByRole('button', { name: exactly('ro', 'pb_proposals.members.invite') }),
      );
      await expect.poll(() => main.innerText()).toContain(m('pb_proposals.notice.invited'));
      expect(await main.innerText()).toContain(m('pb_proposals.member.invited'));
    });
  });

  it('an invitation accepted from the list of one’s proposals', async () => {
    await journey(browser, { as: 'participant', javaScript: false }, async (v) => {
      const main = v.page.locator('main');
      await v.visit('/pb/proposals');
      const invited = main.locator('li', { hasText: m('pb_proposals.member.invited') });
      await v.follow(invited.locator('a.pb-my-proposal-link').first());
      await v.follow(
        main.getByRole('button', { name: exactly('ro', 'pb_proposals.invitation.accept') }),
      );
      await expect.poll(() => main.innerText()).toContain(m('pb_proposals.notice.accepted'));
    });
  });
});
