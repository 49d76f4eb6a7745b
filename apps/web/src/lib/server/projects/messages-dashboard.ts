import { defineMessages } from '../../i18n/catalog.ts';

/** The public impact dashboard's texts. */
export const dashboardMessages = defineMessages({
  'impact.title': { ro: 'Impact', en: 'Impact', hu: 'Hatás' },
});
