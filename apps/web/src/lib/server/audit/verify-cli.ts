// `npm run audit:verify`: checks the audit log's keyed hash chain against its head kept outside
// the database; exits 1 naming the first broken entry.
import { runCommand } from '../cli.ts';
import { openConfiguredDatabase } from '../db/open-configured.ts';
import { auditHeadFile } from './head-file.ts';
import { readHead } from './head.ts';
import { auditVerifyReport } from './verify-report.ts';

await runCommand(async (c) => {
  const database = await openConfiguredDatabase(c);
  try {
    const { code, out } = await auditVerifyReport(database.db, readHead(auditHeadFile(c)));
    (code ? console.error : console.log)(out);
    return code;
  } finally {
    await database.close();
  }
});
