import type demo from './cluj-demo.json';

/** The demo content (Primăria Cluj-Napoca): the same file feeds the seed and the tests. */
export type DemoData = typeof demo;

/**
 * What the demo seed has made so far, handed from module to module in the order of
 * `modules.ts`: each module adds its rows and records their ids for the modules after it
 * (`user:<key>`, `department:<key>`, `call:<key>`, …).
 */
export interface DemoWorld {
  data: DemoData;
  now: Date;
  /** The demo organisation, once the organisations module has made it. */
  organisationId: string;
  ids: Map<string, string>;
  /** The id recorded under `kind:key`; a missing one is a bug in the seed's order. */
  id(kind: string, key: string): string;
  /** What each module reports for the seed's audit entry. */
  counts: Record<string, number>;
}

export function newWorld(data: DemoData, now: Date, organisationId: string): DemoWorld {
  const ids = new Map<string, string>();
  return {
    data,
    now,
    organisationId,
    ids,
    counts: {},
    id(kind, key) {
      const found = ids.get(`${kind}:${key}`);
      if (!found) throw new Error(`demo seed: no ${kind} "${key}" was made before it was needed`);
      return found;
    },
  };
}
