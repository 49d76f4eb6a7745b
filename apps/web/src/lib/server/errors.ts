import type { Message, MessageKey } from '../i18n/message.ts';

/**
 * Typed domain errors. They carry message keys, never user-facing text: the route turns them
 * into 404 / 403 / 409 / a form message in the user's language.
 */
export class DomainError extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(readonly resource: string) {
    super(`errors.not_found`);
  }
}

export class Forbidden extends DomainError {
  constructor() {
    super('errors.forbidden');
  }
}

/** The resource changed under the user (state moved on, a unique value already taken…). */
export class Conflict extends DomainError {}

/** Field-level problems: field name → message key. */
export class Invalid extends DomainError {
  constructor(readonly fields: Record<string, MessageKey | Message>) {
    super('errors.invalid');
  }
}

export class RateLimited extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    key: MessageKey = 'errors.rate_limited',
  ) {
    super(key);
  }
}
