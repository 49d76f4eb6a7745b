import { defineMessages } from '../../i18n/catalog.ts';

/** The project pages' texts. */
export const pageMessages = defineMessages({
  'projects.admin.title': { ro: 'Proiecte', en: 'Projects', hu: 'Projektek' },
  'projects.admin.description': {
    ro: 'Propunerile selectate devin proiecte: etape, economii, indicatori.',
    en: 'Selected proposals become projects: milestones, savings, indicators.',
    hu: 'A kiválasztott javaslatokból projektek lesznek: mérföldkövek, megtakarítások, mutatók.',
  },
});
