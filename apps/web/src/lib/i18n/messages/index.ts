// Every catalogue of the interface. A module adds its file here.
import { home } from './home.ts';
import { accounts } from './accounts.ts';
import { admin } from './admin.ts';
import { audit } from './audit.ts';
import { pages } from './pages.ts';
import { calls } from './calls.ts';
import { common } from './common.ts';
import { organisations } from './organisations.ts';
import { organisationAdmin } from './organisation-admin.ts';
import { proposals } from './proposals.ts';
import { shell } from './shell.ts';
import { privacy } from './privacy.ts';

export const messages = {
  ...common,
  ...shell,
  ...home,
  ...accounts,
  ...admin,
  ...organisations,
  ...organisationAdmin,
  ...calls,
  ...proposals,
  ...audit,
  ...pages,
  ...privacy,
};
