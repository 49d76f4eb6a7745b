// Runs the given command only when TEST_DATABASE_URL points at a PostgreSQL server (the tests
// that need one); otherwise says, in one line, that they were not run and why. CI always sets it.
import { spawnSync } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!process.env.TEST_DATABASE_URL) {
  console.log(`not run: ${[command, ...args].join(' ')} (needs PostgreSQL: set TEST_DATABASE_URL)`);
  process.exit(0);
}
const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
