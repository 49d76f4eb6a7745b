import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { fileRules } from './permissions.ts';
import { filesPersonalData } from './personal-data.ts';
import { cleanUpFiles } from './cleanup.ts';
import { seedFiles } from './seed.ts';

/**
 * Uploaded files (decision 085): checked by their bytes, cleaned of their metadata, stored
 * outside the web root, served through `can()` of the thing they are attached to. Modules
 * declare what carries files in their manifest's `attachments`.
 */
export default defineModule({
  name: 'files',
  messages,
  rules: fileRules,
  personalData: filesPersonalData,
  jobHandlers: { 'files.clean_up': cleanUpFiles },
  schedules: [{ kind: 'files.clean_up', dailyAt: '03:30' }],
  seed: seedFiles,
});
