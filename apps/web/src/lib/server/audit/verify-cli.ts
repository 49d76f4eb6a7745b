// `npm run audit:verify`: checks the audit log's hash chain; exits 1 naming the first broken entry.
import { config } from '../config.ts';
import { openConfiguredDatabase } from '../db/open-configured.ts';
import { verifyAuditChain } from './verify.ts';

const database = await openConfiguredDatabase(config());
try {
  const report = await verifyAuditChain(database.db);
  if (report.ok) {
    console.log(`Audit log intact: ${report.entries} entries verified.`);
  } else {
    const why = {
      hash: 'its content does not match its hash (it was altered)',
      link: 'it does not link to the entry before it',
      gap: 'entries before it are missing (deleted)',
    }[report.reason];
    console.error(`Audit log BROKEN at entry #${report.brokenAt}: ${why}.`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
