import organisations from './organisations/manifest.ts';
import accounts from './accounts/manifest.ts';
import rateLimits from './rate-limits/manifest.ts';
import audit from './audit/manifest.ts';
import mail from './mail/manifest.ts';
import jobs from './jobs/manifest.ts';
import notifications from './notifications/manifest.ts';
import feedback from './feedback/manifest.ts';
import calls from './calls/manifest.ts';
import proposals from './proposals/manifest.ts';
import coAuthors from './co-authors/manifest.ts';
import projects from './projects/manifest.ts';
import evaluation from './evaluation/manifest.ts';
import coDevelopment from './co-development/manifest.ts';
import pb from './pb/manifest.ts';
import pbProposals from './pb-proposals/manifest.ts';
import staffVotes from './staff-votes/manifest.ts';
import files from './files/manifest.ts';

/**
 * Every module of the platform, listed once, in dependency order (the demo seed runs in this
 * order; the personal-data export and the erasure too). Adding a module: its folder, and a
 * line here. Read it only inside functions, never at import time (the modules import
 * platform code that reads this list).
 */
export const modules = [
  organisations,
  accounts,
  rateLimits,
  audit,
  mail,
  jobs,
  notifications,
  feedback,
  calls,
  proposals,
  projects,
  evaluation,
  // After the jury's: its seed gives the blind call's team proposals their co-authors.
  coAuthors,
  coDevelopment,
  pb,
  pbProposals,
  // After the calls' and the processes': a call's staff vote is a process (decision 058).
  staffVotes,
  // Last: its erasure removes the files of what the modules before it erased.
  files,
] as const;

export type PlatformModule = (typeof modules)[number];
