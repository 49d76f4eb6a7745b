/** A lifecycle is data: named transitions, the states they leave from and the state they reach. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
}

export type Transitions<S extends string> = Record<string, Transition<S>>;

/** The transitions a resource in `state` may take, in declaration order. */
export function transitionsFrom<S extends string, T extends Transitions<S>>(
  table: T,
  state: S,
): (keyof T & string)[] {
  return Object.entries(table)
    .filter(([, t]) => t.from.includes(state))
    .map(([name]) => name);
}
