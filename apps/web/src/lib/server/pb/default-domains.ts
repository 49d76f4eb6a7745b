import type { LocalizedText } from '../../i18n/localized.ts';

/** Cluj-Napoca's six domains: a new process starts with them (an administrator may change them). */
export const DEFAULT_DOMAINS: { key: string; name: LocalizedText }[] = [
  {
    key: 'pedestrian-areas',
    name: {
      ro: 'Alei, trotuare și zone pietonale',
      en: 'Paths, pavements and pedestrian areas',
      hu: 'Sétányok, járdák és gyalogos övezetek',
    },
  },
  {
    key: 'mobility-safety',
    name: {
      ro: 'Mobilitate, accesibilitate și siguranța circulației',
      en: 'Mobility, accessibility and road safety',
      hu: 'Mobilitás, akadálymentesség és közlekedésbiztonság',
    },
  },
  {
    key: 'green-spaces-playgrounds',
    name: {
      ro: 'Spații verzi și locuri de joacă',
      en: 'Green spaces and playgrounds',
      hu: 'Zöldterületek és játszóterek',
    },
  },
  {
    key: 'public-space',
    name: {
      ro: 'Amenajarea spațiului public (mobilier urban, iluminat public)',
      en: 'Public space design (street furniture, public lighting)',
      hu: 'Közterek kialakítása (utcabútorok, közvilágítás)',
    },
  },
  {
    key: 'education-culture',
    name: {
      ro: 'Infrastructură educațională și culturală',
      en: 'Educational and cultural infrastructure',
      hu: 'Oktatási és kulturális infrastruktúra',
    },
  },
  {
    key: 'digital-city',
    name: {
      ro: 'Orașul digital',
      en: 'Digital city',
      hu: 'Digitális város',
    },
  },
];
