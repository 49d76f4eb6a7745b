import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
import { callCriteria, type InnovationCall } from './schema.ts';

/**
 * One criterion of a call's rubric, as the evaluation module reads it: scored 1–5, weighted
 * (relative weights), and what each level means (five texts, 1 first, or none).
 */
export interface Criterion {
  key: string;
  name: LocalizedText;
  description?: LocalizedText;
  weight: number;
  levels?: LocalizedText[];
}

/** The rubric a call's evaluators score against, in its order. */
export async function rubricOf(ctx: Pick<Ctx, 'db' | 'org'>, call: Pick<InnovationCall, 'id'>) {
  return criteriaOf(ctx.db, ctx.org.id, call.id);
}

export async function criteriaOf(
  db: Queryable,
  organisationId: string,
  callId: string,
): Promise<Criterion[]> {
  const rows = await db
    .select()
    .from(callCriteria)
    .where(and(eq(callCriteria.callId, callId), eq(callCriteria.organisationId, organisationId)))
    .orderBy(asc(callCriteria.position), asc(callCriteria.key));
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    ...(r.description ? { description: r.description } : {}),
    weight: r.weight,
    ...(r.levels.length ? { levels: r.levels } : {}),
  }));
}

/** Whether the jury must not learn who wrote the call's proposals. */
export const isBlind = (call: Pick<InnovationCall, 'anonymousToJury'>) => call.anonymousToJury;

const level = (ro: string, en: string, hu: string): LocalizedText => ({ ro, en, hu });

/** What 1…5 mean when a criterion names nothing more particular. */
export const GENERIC_LEVELS: LocalizedText[] = [
  level(
    '1 — Foarte slab: aproape deloc',
    '1 — Very weak: hardly at all',
    '1 — Nagyon gyenge: alig',
  ),
  level('2 — Slab: în mică măsură', '2 — Weak: to a small extent', '2 — Gyenge: kis mértékben'),
  level('3 — Mediu: în parte', '3 — Fair: in part', '3 — Közepes: részben'),
  level('4 — Bun: în mare măsură', '4 — Good: to a large extent', '4 — Jó: nagy mértékben'),
  level('5 — Excelent: pe deplin', '5 — Excellent: fully', '5 — Kiváló: teljes mértékben'),
];

/**
 * The rubric a new call starts with (Turin's and Cluj's jury criteria): what the idea changes,
 * whether a small test can prove it, how new it is, what it costs for what it saves, and
 * whether it can spread to other departments. The administrator edits it before the call opens.
 */
export const DEFAULT_RUBRIC: Criterion[] = [
  {
    key: 'impact',
    weight: 3,
    name: { ro: 'Impact', en: 'Impact', hu: 'Hatás' },
    description: {
      ro: 'Cât timp, bani, hârtie sau energie economisește și cât de mult îmbunătățește serviciul.',
      en: 'How much time, money, paper or energy it saves and how much it improves the service.',
      hu: 'Mennyi időt, pénzt, papírt vagy energiát takarít meg, és mennyit javít a szolgáltatáson.',
    },
    levels: GENERIC_LEVELS,
  },
  {
    key: 'feasibility',
    weight: 2,
    name: { ro: 'Fezabilitate', en: 'Feasibility', hu: 'Megvalósíthatóság' },
    description: {
      ro: 'Se poate testa un MVP în trei luni, cu mijloacele apelului?',
      en: 'Can an MVP be tested within three months, with the call’s means?',
      hu: 'Kipróbálható-e egy MVP három hónap alatt, a pályázat eszközeivel?',
    },
    levels: GENERIC_LEVELS,
  },
  {
    key: 'innovation',
    weight: 1,
    name: { ro: 'Noutate', en: 'Novelty', hu: 'Újszerűség' },
    description: {
      ro: 'Cât de nouă este soluția pentru primărie.',
      en: 'How new the solution is for city hall.',
      hu: 'Mennyire új a megoldás a városháza számára.',
    },
    levels: GENERIC_LEVELS,
  },
  {
    key: 'value',
    weight: 2,
    name: { ro: 'Cost și beneficiu', en: 'Cost and benefit', hu: 'Költség és haszon' },
    description: {
      ro: 'Resursele cerute, față de beneficiile estimate pe an.',
      en: 'The resources asked for, against the estimated benefits per year.',
      hu: 'A kért erőforrások a becsült éves haszonhoz képest.',
    },
    levels: GENERIC_LEVELS,
  },
  {
    key: 'scalability',
    weight: 1,
    name: { ro: 'Extindere', en: 'Scalability', hu: 'Kiterjeszthetőség' },
    description: {
      ro: 'Poate fi folosită și de alte direcții sau servicii.',
      en: 'Other departments or services could use it too.',
      hu: 'Más osztályok vagy szolgálatok is használhatnák.',
    },
    levels: GENERIC_LEVELS,
  },
];
