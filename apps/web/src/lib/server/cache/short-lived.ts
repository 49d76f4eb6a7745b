/**
 * A process-local cache whose entries live a few seconds (decision 022): what every request reads
 * and almost never changes (the organisation, the signed-in session, a list's count). A change
 * made in this process empties the caches that depend on its kind of resource as soon as it is
 * committed; a change made by another process is seen when the entry's few seconds are over.
 * That bound is the whole of the staleness a second app process can cause.
 */

/** Changes per kind of resource (the audit log's resourceType), counted since the process began. */
const changes = new Map<string, number>();

/**
 * A change to this kind of resource has been committed in this process: every cache that depends
 * on it forgets what it holds. Called by the audit log after each audited change commits.
 */
export function changed(resourceType: string) {
  changes.set(resourceType, (changes.get(resourceType) ?? 0) + 1);
}

interface Entry<T> {
  value: T;
  until: number;
  version: number;
}

export class ShortLived<T> {
  readonly #entries = new Map<string, Entry<T>>();

  constructor(
    private readonly options: {
      /** How long an entry may be served, at most. */
      ttlMs: number;
      /** Kinds of resource whose change makes every entry wrong. */
      dependsOn: readonly string[];
      /** Beyond this many entries the cache starts again empty: memory stays bounded. */
      maxEntries?: number;
    },
  ) {}

  /** Changes so far to what this cache depends on: an entry of an older version is never served. */
  #version() {
    let sum = 0;
    for (const type of this.options.dependsOn) sum += changes.get(type) ?? 0;
    return sum;
  }

  /**
   * The value for this key: the cached one while it is fresh, else `load()`'s, kept until
   * `until(value)` or the time to live, whichever is sooner. A value loaded while a change was
   * being committed is returned but not kept (it may predate the change). `keep` says which values
   * are kept at all (a missing session is not: anyone can send made-up tokens).
   */
  async get(
    key: string,
    now: number,
    load: () => Promise<T>,
    opts: { until?: (value: T) => number; keep?: (value: T) => boolean } = {},
  ): Promise<T> {
    const version = this.#version();
    const hit = this.#entries.get(key);
    if (hit && hit.version === version && now < hit.until) return hit.value;
    const value = await load();
    if (this.#version() !== version || opts.keep?.(value) === false) return value;
    if (this.#entries.size >= (this.options.maxEntries ?? 10_000)) this.#entries.clear();
    const until = Math.min(now + this.options.ttlMs, opts.until?.(value) ?? Infinity);
    this.#entries.set(key, { value, until, version });
    return value;
  }
}
