import { defineMessages } from '../../i18n/catalog.ts';
import { domainMessages } from './messages-domain.ts';
import { pageMessages } from './messages-pages.ts';
import { dashboardMessages } from './messages-dashboard.ts';

export const messages = defineMessages({
  ...domainMessages,
  ...pageMessages,
  ...dashboardMessages,
});
