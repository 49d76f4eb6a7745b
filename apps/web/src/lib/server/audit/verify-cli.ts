// `npm run audit:verify`: checks the audit log's hash chain; exits 1 naming the first broken entry.
import { runCommand } from '../cli.ts';
import { openConfiguredDatabase } from '../db/open-configured.ts';
import { auditVerifyReport } from './verify-report.ts';

await runCommand(async (c) => {
  const database = await openConfiguredDatabase(c);
  try {
    const { code, out } = await auditVerifyReport(database.db);
    (code ? console.error : console.log)(out);
    return code;
  } finally {
    await database.close();
  }
});
