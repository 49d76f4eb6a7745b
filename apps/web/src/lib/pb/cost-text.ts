import { t } from '#lib/i18n/t.ts';

/**
 * A project's cost on screen. A staff vote's project whose proposal states no cost is on the
 * ballot at the smallest amount (decision 058): it reads "cost not stated", never that amount.
 */
export const costText = (
  project: { cost: number; costStated?: boolean },
  money: (v: number) => string,
) => (project.costStated === false ? t('staff_vote.cost_not_stated') : money(project.cost));
