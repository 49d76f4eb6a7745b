import type { ChecklistItem } from '../calls/schema.ts';

/**
 * Cluj-Napoca's nine published eligibility criteria for participatory-budgeting proposals: every
 * new process starts with them as its analysis checklist, which its administrators may edit until
 * the analysis begins. The same shape as an innovation call's checklist.
 */
export const CLUJ_CRITERIA: ChecklistItem[] = [
  {
    key: 'public_interest',
    label: {
      ro: 'Proiectul este de interes general și folosește comunității, nu unui grup restrâns.',
      en: 'The project is of general interest and benefits the community, not a narrow group.',
      hu: 'A projekt közérdekű, és a közösséget szolgálja, nem egy szűk csoportot.',
    },
  },
  {
    key: 'competence',
    label: {
      ro: 'Proiectul este o investiție în spațiul public, în competența Primăriei Cluj-Napoca.',
      en: 'The project is an investment in public space within the competence of Cluj-Napoca City Hall.',
      hu: 'A projekt közterületi beruházás, amely Kolozsvár Polgármesteri Hivatalának hatáskörébe tartozik.',
    },
  },
  {
    key: 'no_other_funding',
    label: {
      ro: 'Proiectul nu se suprapune cu alte programe de finanțare ale municipiului.',
      en: 'The project does not overlap with other funding programmes of the municipality.',
      hu: 'A projekt nem fedi át a város más finanszírozási programjait.',
    },
  },
  {
    key: 'no_conflict',
    label: {
      ro: 'Proiectul nu intră în conflict cu planurile și proiectele municipale aflate în derulare.',
      en: 'The project does not conflict with ongoing municipal plans and projects.',
      hu: 'A projekt nem ütközik a folyamatban lévő városi tervekkel és projektekkel.',
    },
  },
  {
    key: 'not_commercial',
    label: {
      ro: 'Proiectul nu are caracter comercial sau publicitar.',
      en: 'The project has no commercial or advertising character.',
      hu: 'A projekt nem kereskedelmi vagy reklám jellegű.',
    },
  },
  {
    key: 'not_political',
    label: {
      ro: 'Proiectul nu are caracter politic sau etnic.',
      en: 'The project has no political or ethnic character.',
      hu: 'A projekt nem politikai vagy etnikai jellegű.',
    },
  },
  {
    key: 'running_costs',
    label: {
      ro: 'Proiectul nu generează costuri de funcționare semnificative după realizare.',
      en: 'The project does not create significant running costs once completed.',
      hu: 'A projekt a megvalósítás után nem jár jelentős működtetési költséggel.',
    },
  },
  {
    key: 'located',
    label: {
      ro: 'Proiectul este clar delimitat în spațiu, nu vag sau general.',
      en: 'The project is clearly located and delimited, not vague or general.',
      hu: 'A projekt helyszíne egyértelműen körülhatárolt, nem homályos vagy általános.',
    },
  },
  {
    key: 'cost',
    label: {
      ro: 'Costul estimat, cu TVA inclus, nu depășește 150.000 de euro.',
      en: 'The estimated cost, VAT included, does not exceed €150,000.',
      hu: 'A becsült költség áfával együtt nem haladja meg a 150 000 eurót.',
    },
  },
];
