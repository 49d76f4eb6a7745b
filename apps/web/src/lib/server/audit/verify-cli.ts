// `npm run audit:verify`: checks the audit log's hash chain; exits 1 naming the first broken entry.
import { config } from '../config.ts';
import { openConfiguredDatabase } from '../db/open-configured.ts';
import { auditVerifyReport } from './verify-report.ts';

const database = await openConfiguredDatabase(config());
try {
  const { code, out } = await auditVerifyReport(database.db);
  (code ? console.error : console.log)(out);
  process.exitCode = code;
} finally {
  await database.close();
}
