import { defineMessages } from '../../i18n/catalog.ts';
import { domainMessages } from './messages-domain.ts';
import { pageMessages } from './messages-pages.ts';
import { dashboardMessages } from './messages-dashboard.ts';
import { afterMessages } from './messages-after.ts';

export const messages = defineMessages({
  ...domainMessages,
  ...pageMessages,
  ...dashboardMessages,
  ...afterMessages,
});
