/** The project's lifecycle states, listed once (schema checks, machine, pages). */
export const PROJECT_STATES = [
  'planned',
  'mvp_in_progress',
  'mvp_tested',
  'adopted',
  'stopped',
  'implemented',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export const MILESTONE_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** What a savings entry measures; `custom` carries its own unit. */
export const METRICS = [
  'ron',
  'eur',
  'staff_hours',
  'paper_sheets',
  'kwh',
  'co2e_kg',
  'custom',
] as const;
export type Metric = (typeof METRICS)[number];

/** How often a saving recurs: a recurring one is measured again (reminders, item 7). */
export const RECURRENCES = ['one_off', 'monthly', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** The areas of the city's Climate Action Plan 2030 a project can contribute to. */
export const CLIMATE_AREAS = [
  'buildings_energy',
  'mobility',
  'waste_circular',
  'green_spaces',
  'digital_paperless',
  'adaptation',
] as const;
export type ClimateArea = (typeof CLIMATE_AREAS)[number];

export const MEMBER_ROLES = ['team', 'mentor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
