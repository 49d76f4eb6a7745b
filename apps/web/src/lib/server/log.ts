import pino from 'pino';

/** Structured JSON logs on stdout; each request logs through a child carrying its request id. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'innovato-r' },
  redact: ['password', '*.password', 'token', '*.token'],
});
