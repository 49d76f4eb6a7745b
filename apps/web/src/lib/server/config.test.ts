import { expect, test } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

test('defaults run the embedded database in demo mode', () => {
  const c = parseConfig({});
  expect(c.DATABASE_URL).toBeUndefined();
  expect(c.DATA_DIR).toBe('./data');
  expect(c.demo).toBe(true);
});

test('production never seeds demo data unless asked', () => {
  expect(parseConfig({ NODE_ENV: 'production' }).demo).toBe(false);
  expect(parseConfig({ NODE_ENV: 'production', DEMO: '1' }).demo).toBe(true);
});

test('each bad value gets one clear line', () => {
  try {
    parseConfig({
      DATABASE_URL: 'mysql://x',
      PORT: 'eighty',
      SMTP_URL: 'http://mail',
      OIDC_ISSUER: 'https://id.example',
    });
    expect.unreachable();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const problems = (e as ConfigError).problems.join('\n');
    expect(problems).toContain('DATABASE_URL: must start with postgres://');
    expect(problems).toContain('PORT:');
    expect(problems).toContain('SMTP_URL: must start with smtp://');
    expect(problems).toContain(
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
    );
  }
});
