import { z } from 'zod';

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
  DATA_DIR: z.string().min(1).default('./data'),
  ORIGIN: z.url().optional(),
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
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ALLOW_HTTP: z.enum(['0', '1']).default('0'),
  DEMO: z.enum(['0', '1']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & {
  /** Demo mode: seed demo data on an empty database and print the demo accounts. */
  demo: boolean;
  oidcEnabled: boolean;
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
  const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'].map((k) => present[k]);
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    problems.push(
      'OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
    );
  }
  if (!result.success || problems.length) throw new ConfigError(problems);
  const c = result.data;
  // Demo data only outside production, unless explicitly asked for with DEMO=1.
  const demo = c.DEMO ? c.DEMO === '1' : c.NODE_ENV !== 'production';
  return { ...c, demo, oidcEnabled: Boolean(c.OIDC_ISSUER) };
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
