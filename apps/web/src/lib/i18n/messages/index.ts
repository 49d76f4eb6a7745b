// The platform's own catalogues: the shell, shared words, the static pages. Each module brings
// its own messages in its manifest (lib/server/<module>/messages.ts).
import { admin } from './admin.ts';
import { common } from './common.ts';
import { home } from './home.ts';
import { pages } from './pages.ts';
import { privacy } from './privacy.ts';
import { shell } from './shell.ts';

export const platformCatalogues = { admin, common, home, pages, privacy, shell };
