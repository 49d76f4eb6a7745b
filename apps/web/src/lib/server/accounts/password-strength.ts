import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import type { MessageKey } from '../../i18n/message.ts';

/**
 * A new password must not be easy to guess: besides its length (12+), it is measured against
 * the lists of common and breached passwords, common names and words shipped with the app
 * (zxcvbn-ts: offline, no outside service), with the common patterns crackers try first — a
 * listed password with digits after it, l33t spellings, keyboard walks, repeats, dates — and the
 * person's own name and address, the platform's and the city's names. A password passes when
 * its estimate reaches 10^10 guesses (zxcvbn's top score), measured without accents and
 * capitals so that "Primăria2026" weighs what "primaria2026" does.
 */
let factory: ZxcvbnFactory | undefined;

const estimator = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  }));

const CONTEXT = [
  'innovato',
  'innovator',
  'inovare',
  'primaria',
  'cluj',
  'napoca',
  'romania',
  'parola',
];

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function passwordProblem(
  password: string,
  person: { name?: string; email?: string },
): MessageKey | null {
  const inputs = [
    ...CONTEXT,
    ...plain(person.name ?? '').split(/\s+/),
    ...plain(person.email ?? '').split(/[@.+_-]/),
  ].filter((s) => s.length >= 3);
  const { guessesLog10 } = estimator().check(plain(password), inputs);
  return guessesLog10 >= 10 ? null : 'accounts.password.too_guessable';
}
