import type { Ctx } from '../context.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localizedText } from '../../i18n/localized.ts';
import { translate } from '../i18n/catalogue.ts';
import { callRanking } from './admin-views.ts';
import { toCsv } from './csv.ts';

const round = (v: number | null) => (v === null ? '' : Math.round(v * 100) / 100);

/**
 * The ranking as CSV, in the reader's language: rank, title, category, state, evaluators, the
 * weighted mean with its spread, then each criterion's mean. No person is named in it.
 */
export async function rankingCsv(ctx: Ctx, callId: string, locale: Locale) {
  const { call, rubric, ranking } = await callRanking(ctx, callId);
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const header = [
    t('evaluation.ranking.rank'),
    t('evaluation.ranking.proposal'),
    t('evaluation.ranking.category'),
    t('evaluation.ranking.state'),
    t('evaluation.ranking.evaluators'),
    t('evaluation.ranking.mean'),
    t('evaluation.ranking.min'),
    t('evaluation.ranking.max'),
    t('evaluation.ranking.sd'),
    ...rubric.map((c) => localizedText(locale, c.name)),
  ];
  const rows = ranking.map((r) => [
    r.rank ?? '',
    r.title,
    localizedText(locale, r.categoryName),
    translate(locale, `proposals.state.${r.state}`),
    r.evaluators,
    round(r.mean),
    round(r.min),
    round(r.max),
    round(r.sd),
    ...rubric.map((c) => round(r.byCriterion[c.key] ?? null)),
  ]);
  return { call, csv: toCsv([header, ...rows]) };
}
