import { config, ConfigError, type Config } from './config.ts';
import { openConfiguredDatabase } from './db/open-configured.ts';
import type { Database } from './db/client.ts';
import { DatabaseInUse, isDatabaseUnavailable } from './db/unavailable.ts';
import { bundledMigrations, migrate } from './db/migrate.ts';
import { grantAppRole, roleOf } from './db/grants.ts';
import { log } from './log.ts';
import { setDatabase } from './runtime.ts';
import { demoAccounts, seedDemo } from './seed/demo.ts';
import { configureAuditHead } from './audit/head.ts';
import { auditHeadFile } from './audit/head-file.ts';
import { startMailDispatcher } from './mail/dispatcher.ts';
import { smtpTransport } from './mail/smtp.ts';
import { startWorker } from './jobs/worker.ts';

let mail: ReturnType<typeof startMailDispatcher> | undefined;

/** Delivers queued e-mail now rather than at the next poll. */
export const kickMail = () => mail?.kick();

/**
 * Start-up, once per process: validate configuration, open the database, apply migrations,
 * seed demo data on an empty database (never in production), start mail delivery and the
 * background-job worker (unless JOBS_POLL_SECONDS=0).
 */
export async function startUp(): Promise<Config> {
  let c: Config;
  try {
    c = config();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  configureAuditHead(auditHeadFile(c));
  const database = await openOrExit(c);
  setDatabase(database);
  const ran = await untilMigrated(c, database);
  log.info({ database: database.kind, migrations: ran }, 'database ready');
  if (c.demo && (await seedDemo(database.db))) {
    log.info('demo data seeded');
  }
  mail = startMailDispatcher(
    database.db,
    c.SMTP_URL ? smtpTransport(c.SMTP_URL, c.MAIL_FROM) : null,
  );
  const worker = c.JOBS_POLL_SECONDS ? startWorker(database.db, c.JOBS_POLL_SECONDS * 1000) : null;
  if (c.demo) printDemoAccounts(c);
  process.once('sveltekit:shutdown', async () => {
    await worker?.stop();
    await mail?.stop();
    await database.close();
    log.info('shut down cleanly');
  });
  return c;
}

function printDemoAccounts(c: Config) {
  const origin = c.ORIGIN ?? `http://localhost:${c.PORT}`;
  const lines = demoAccounts().map(
    (a) => `  ${a.role.padEnd(12)} ${a.email.padEnd(44)} ${a.password}`,
  );
  console.log(`\nInnovato-R (demo) at ${origin}\nDemo accounts:\n${lines.join('\n')}\n`);
}

async function openOrExit(c: Config) {
  try {
    return await openConfiguredDatabase(c);
  } catch (e) {
    if (!(e instanceof DatabaseInUse)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

/**
 * Applies the migrations (with the owner role when MIGRATION_DATABASE_URL is set). A database
 * that cannot be reached yet — starting after it, a restart, a failover — is waited for, with
 * one clear line per attempt, instead of a crash with a stack trace (decision 014).
 */
async function untilMigrated(c: Config, database: Database): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!c.MIGRATION_DATABASE_URL) return await migrate(database.db, bundledMigrations());
      const owner = await openConfiguredDatabase(c, 'owner');
      try {
        const ran = await migrate(owner.db, bundledMigrations());
        if (c.DATABASE_URL) await grantAppRole(owner.db, roleOf(c.DATABASE_URL));
        return ran;
      } finally {
        await owner.close();
      }
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      const seconds = Math.min(30, 2 ** Math.min(attempt, 5));
      const where = c.DATABASE_URL ? new URL(c.DATABASE_URL).host : 'the database';
      log.warn(
        { attempt, reason: (e as Error).message },
        `database unreachable at ${where}; retrying in ${seconds} s`,
      );
      await new Promise((r) => setTimeout(r, seconds * 1000));
    }
  }
}
