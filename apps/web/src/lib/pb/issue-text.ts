import { t } from '#lib/i18n/t.ts';
import { formatMoney, formatNumber } from '#lib/i18n/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import type { BallotIssue } from '#lib/server/pb/ballot-rule.ts';

export interface IssueContext {
  locale: Locale;
  currency: string;
  domainName: ReadonlyMap<string, string>;
  projectTitle: ReadonlyMap<string, string>;
}

/** A ballot-rule message with its figures in the reader's language and currency. */
export function issueText(i: BallotIssue, c: IssueContext): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(i.counts ?? {})) params[k] = formatNumber(c.locale, v);
  for (const [k, v] of Object.entries(i.money ?? {}))
    params[k] = formatMoney(c.locale, v, c.currency);
  if (i.domainId) params.domain = c.domainName.get(i.domainId) ?? '';
  if (i.projectId) params.project = c.projectTitle.get(i.projectId) ?? '';
  return t(i.key, params);
}

/** Where a ballot-rule message points in the booth's form. */
export const issueAnchor = (i: BallotIssue) =>
  i.domainId ? `#domain-${i.domainId}` : i.projectId ? `#project-${i.projectId}` : '#choices';
