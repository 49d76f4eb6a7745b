import { t } from '#lib/i18n/t.ts';

/** The ballot-rule form's labels (PbRuleFields), for its fields and the error summary. */
export const ruleLabels = (): Record<string, string> => ({
  kind: t('pb.rule.kind'),
  minProjects: t('pb.rule.min_projects'),
  maxProjects: t('pb.rule.max_projects'),
  perDomainMax: t('pb.rule.per_domain_max'),
  irrevocable: t('pb.rule.irrevocable'),
  budgetLimit: t('pb.rule.budget_limit'),
  minBudgetSharePercent: t('pb.rule.min_share'),
  points: t('pb.rule.points'),
  maxPointsPerProject: t('pb.rule.max_points'),
  countingRule: t('pb.field.counting_rule'),
  maxWinners: t('pb.field.max_winners'),
});
