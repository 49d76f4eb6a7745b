import { z } from 'zod';

/** `512K`, `1M`, `2G` or bytes, as adapter-node reads BODY_SIZE_LIMIT. */
const BYTE_SIZE = /^(\d+)([KMG]?)$/i;
const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };
const parseByteSize = (value: string) => {
  const [, n, unit] = BYTE_SIZE.exec(value)!;
  return Number(n) * UNITS[unit!.toUpperCase()]!;
};

/**
 * All configuration comes from environment variables, validated once at start.
 * A bad value stops the process with one clear line per problem.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** The owner role's URL, for migrations, when the app's own role may not change the schema. */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_CONNECT_TIMEOUT: z.coerce.number().int().min(100).max(60_000).default(2000),
  DATABASE_STATEMENT_TIMEOUT: z.coerce.number().int().min(100).max(600_000).default(15_000),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Uploaded files (decision 085); unset: DATA_DIR/files. Shared storage when several servers run. */
  FILES_DIR: z.string().min(1).optional(),
  ORIGIN: z.url().optional(),
  TRUST_PROXY: z.coerce
    .number({ error: 'must be the number of reverse proxies in front (0 to 10)' })
    .int()
    .min(0)
    .max(10)
    .default(0),
  /** Keys everything the database must not be able to forge or read: 32+ random characters. */
  SECRET_KEY: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)')
    .optional(),
  AUDIT_HEAD_FILE: z.string().min(1).optional(),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Seconds between the job worker's looks at the queue; 0: this process runs no worker. */
  JOBS_POLL_SECONDS: z.coerce
    .number({ error: 'must be seconds between looks at the job queue (0: no worker)' })
    .int()
    .min(0)
    .max(3600)
    .default(5),
  PORT: z.coerce
    .number({ error: 'must be a port number (1–65535)' })
    .int('must be a port number (1–65535)')
    .min(1, 'must be a port number (1–65535)')
    .max(65535, 'must be a port number (1–65535)')
    .default(3000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Innovato-R <no-reply@innovato-r.localhost>'),
  OIDC_ALLOW_HTTP: z.enum(['0', '1']).default('0'),
  /**
   * Map tiles for the public process pages (decision 062): a URL template with {z}, {x} and {y},
   * fetched by the server (visitors' browsers never call the tile host). Unset: no map, the
   * list of places stands alone.
   */
  MAP_TILE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL template with {z}, {x} and {y}')
    .refine((s) => ['{z}', '{x}', '{y}'].every((p) => s.includes(p)), {
      message: 'must contain {z}, {x} and {y}',
    })
    .optional(),
  /** The tiles' attribution, shown under the map as the tile licence requires. */
  MAP_TILE_ATTRIBUTION: z.string().max(300).default(''),
  /**
   * The largest body that is not a multipart upload (a form's fields, JSON), as `512K`, `1M` or
   * bytes; uploads are held to BODY_SIZE_LIMIT (decision 085).
   */
  FORM_BODY_LIMIT: z
    .string()
    .regex(BYTE_SIZE, 'must be a size such as 512K, 1M or a number of bytes')
    .default('1M')
    .transform(parseByteSize)
    .pipe(
      z
        .number()
        .min(1024, 'must be at least 1K')
        .max(1024 ** 3, 'must be at most 1G'),
    ),
  DEMO: z.enum(['0', '1']).optional(),
  /** The page benchmark's constant-data copy of the call page (bench/web-pages.ts); demo only. */
  BENCH_CONSTANT_PAGE: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & {
  /** Demo mode: seed demo data on an empty database and print the demo accounts. */
  demo: boolean;
  /** /bench/calls/:id answers (bench/web-pages.ts): only with demo data, never otherwise. */
  benchConstantPage: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set" (as in most deployment tools' env files).
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = schema.safeParse(present);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`);
  for (const gone of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']) {
    if (present[gone])
      problems.push(
        `${gone}: single sign-on is now set per organisation (Administration → Single sign-on)`,
      );
  }
  if (present.NODE_ENV === 'production') {
    // Links in e-mails are built from configuration, never from a request's Host header.
    if (!present.ORIGIN)
      problems.push(
        'ORIGIN: required in production (the public URL, e.g. https://inovare.example.ro)',
      );
    if (!present.SECRET_KEY)
      problems.push(
        'SECRET_KEY: required in production (32+ random characters, kept outside the database)',
      );
  }
  if (!result.success || problems.length) throw new ConfigError(problems);
  const c = result.data;
  // Demo data only outside production, unless explicitly asked for with DEMO=1.
  const demo = c.DEMO ? c.DEMO === '1' : c.NODE_ENV !== 'production';
  return { ...c, demo, benchConstantPage: demo && c.BENCH_CONSTANT_PAGE === '1' };
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
