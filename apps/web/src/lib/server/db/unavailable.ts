/**
 * Whether an error means "the database cannot be reached right now" (down, restarting, failing
 * over, the network cut) rather than a fault of the request. Such errors become a 503 with a
 * clear page, and the process lives on (decision 014). PostgreSQL's connection-class SQLSTATEs
 * and the socket errors are codes; node-postgres reports a dropped connection and a connect
 * timeout only in words, so those two messages are recognised as well.
 */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
// 08xxx connection exceptions; 57P01-57P03 shutdown / crash recovery / cannot connect now.
const SQLSTATE = /^(08|57P0[123])/;
const PG_WORDS =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && PG_WORDS.test(message)) return true;
    // AggregateError (several addresses tried): unavailable if every attempt was.
    if (Array.isArray(errors) && errors.length && errors.every(isDatabaseUnavailable)) return true;
  }
  return false;
}

export class DatabaseInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (pid ${pid}). ` +
        'Stop that process first — or, to run commands beside a running server, use PostgreSQL ' +
        '(DATABASE_URL); docs/operations.md explains both.',
    );
    this.name = 'DatabaseInUse';
  }
}
