import { config, ConfigError, type Config } from './config.ts';
import { DatabaseInUse } from './db/unavailable.ts';

/**
 * Runs an operator's command (`npm run db:migrate`, `audit:verify`, `org:create`): a bad
 * configuration or an embedded database held by a running server is one clear line and exit
 * code 2, never a stack trace; the command's own result sets the exit code otherwise.
 */
export async function runCommand(main: (c: Config) => Promise<number | void>) {
  try {
    process.exitCode = (await main(config())) ?? 0;
  } catch (e) {
    if (!(e instanceof ConfigError || e instanceof DatabaseInUse)) throw e;
    console.error(e.message);
    process.exitCode = 2;
  }
}
