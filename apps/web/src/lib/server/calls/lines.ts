import type { LocalizedText } from '../../i18n/localized.ts';

/**
 * Lists administrators type one item a line, languages separated by "|":
 * `Optimizare | Optimisation | Optimalizálás`. Romanian first and required; the others optional.
 */
export function parseLocalizedLines(value: string): LocalizedText[] {
  return value
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts[0])
    .map(([ro, en, hu]) => ({ ro: ro!, ...(en ? { en } : {}), ...(hu ? { hu } : {}) }));
}

/** The same list back as text, for the form. */
export function localizedLines(items: readonly LocalizedText[]): string {
  return items
    .map((t) => [t.ro, t.en ?? '', t.hu ?? ''].join(' | ').replace(/( \| )+$/, ''))
    .join('\n');
}

/** A stable key from a name: ASCII letters and digits joined by "_" (diacritics dropped). */
export function keyOf(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 64) || 'item'
  );
}

/** Keys for a list of names (English if given, else Romanian), made unique within the list. */
export function keysFor(
  items: readonly LocalizedText[],
  keep: (t: LocalizedText) => string | undefined,
) {
  const seen = new Set<string>();
  return items.map((item) => {
    const base = keep(item) ?? keyOf(item.en ?? item.ro);
    let key = base;
    for (let i = 2; seen.has(key); i++) key = `${base.slice(0, 60)}_${i}`;
    seen.add(key);
    return key;
  });
}

/** A list of labels with a unique key each (the formal checklist's points). */
export function withKeys(
  labels: readonly LocalizedText[],
  keep: (t: LocalizedText) => string | undefined = () => undefined,
) {
  const keys = keysFor(labels, keep);
  return labels.map((label, i) => ({ key: keys[i]!, label }));
}
