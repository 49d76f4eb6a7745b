import type { Ctx } from '../context.ts';
import type { InnovationCall } from '../calls/schema.ts';
import type { LocalizedText } from '../../i18n/localized.ts';

/** One criterion of a call's rubric: scored 1–5, weighted, each level described. */
export interface Criterion {
  key: string;
  name: LocalizedText;
  description?: LocalizedText;
  weight: number;
  /** What 1…5 mean for this criterion (five texts), when the call describes them. */
  levels?: LocalizedText[];
}

/**
 * The rubric Innovato-R uses when a call defines none (Turin's and Cluj's jury criteria):
 * what the idea changes, whether a small test can prove it, how new it is, what it costs for
 * what it saves, and whether it can spread to other departments.
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
  },
];

/**
 * The rubric a call's evaluators score against. The calls module owns each call's own rubric;
 * until a call defines one, it is DEFAULT_RUBRIC.
 */
export async function rubricOf(_ctx: Ctx, _call: InnovationCall): Promise<Criterion[]> {
  return DEFAULT_RUBRIC;
}

/**
 * Whether the call hides its authors from the jury. The calls module owns the setting; until a
 * call says otherwise, every call is blind (the safe side: the evaluators' views never name
 * authors anyway).
 */
export function isBlind(_call: InnovationCall): boolean {
  return true;
}
