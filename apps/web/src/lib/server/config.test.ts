import { expect, test } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

test('defaults run the embedded database in demo mode', () => {
  const c = parseConfig({});
  expect(c.DATABASE_URL).toBeUndefined();
  expect(c.DATA_DIR).toBe('./data');
  expect(c.demo).toBe(true);
});

const production = {
  NODE_ENV: 'production',
  ORIGIN: 'https://inovare.primariaclujnapoca.ro',
  SECRET_KEY: 'a-production-secret-of-at-least-32-characters',
};

test('production never seeds demo data unless asked', () => {
  expect(parseConfig(production).demo).toBe(false);
  expect(parseConfig({ ...production, DEMO: '1' }).demo).toBe(true);
});

test("the benchmark's constant-data page exists only with demo data", () => {
  expect(parseConfig(production).benchConstantPage).toBe(false);
  expect(parseConfig({ ...production, BENCH_CONSTANT_PAGE: '1' }).benchConstantPage).toBe(false);
  expect(
    parseConfig({ ...production, DEMO: '1', BENCH_CONSTANT_PAGE: '1' }).benchConstantPage,
  ).toBe(true);
});

test('production refuses to start without its public address and its secret key', () => {
  const problems = (() => {
    try {
      parseConfig({ NODE_ENV: 'production' });
      return [];
    } catch (e) {
      return (e as ConfigError).problems;
    }
  })();
  expect(problems).toEqual([
    expect.stringMatching(/^ORIGIN: required in production/),
    expect.stringMatching(/^SECRET_KEY: required in production/),
  ]);
  expect(() => parseConfig({ ...production, SECRET_KEY: 'short' })).toThrow(/at least 32/);
});

test('each bad value gets one clear line', () => {
  try {
    parseConfig({
      DATABASE_URL: 'mysql://x',
      PORT: 'eighty',
      SMTP_URL: 'http://mail',
      OIDC_ISSUER: 'https://id.example',
      TRUST_PROXY: 'yes',
    });
    expect.unreachable();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const problems = (e as ConfigError).problems.join('\n');
    expect(problems).toContain('DATABASE_URL: must start with postgres://');
    expect(problems).toContain('PORT:');
    expect(problems).toContain('SMTP_URL: must start with smtp://');
    expect(problems).toContain('OIDC_ISSUER: single sign-on is now set per organisation');
    expect(problems).toContain('TRUST_PROXY: must be the number of reverse proxies');
  }
});

test('FORM_BODY_LIMIT: 1 MB unless set, read as BODY_SIZE_LIMIT is; a bad size gets one line', () => {
  expect(parseConfig({}).FORM_BODY_LIMIT).toBe(1024 * 1024);
  expect(parseConfig({ FORM_BODY_LIMIT: '512K' }).FORM_BODY_LIMIT).toBe(512 * 1024);
  expect(parseConfig({ FORM_BODY_LIMIT: '2m' }).FORM_BODY_LIMIT).toBe(2 * 1024 * 1024);
  expect(parseConfig({ FORM_BODY_LIMIT: '65536' }).FORM_BODY_LIMIT).toBe(65536);
  expect(() => parseConfig({ FORM_BODY_LIMIT: 'lots' })).toThrow(/FORM_BODY_LIMIT: must be a size/);
  expect(() => parseConfig({ FORM_BODY_LIMIT: '10' })).toThrow(/FORM_BODY_LIMIT: must be at least/);
});
