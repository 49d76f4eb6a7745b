/**
 * Balanced automatic assignment, as a pure function: each proposal gets evaluators until it has
 * at least `perProposal` who can score it (declared conflicts do not count), always taking the
 * least loaded evaluator of the pool who is not already on it and did not write it. Ties go to
 * the pool's order, so the same state always gives the same plan.
 */
export interface ProposalSlots {
  id: string;
  /** Its authors: never their own evaluators. */
  authorIds: readonly string[];
  /** Everyone already assigned, conflicted or not (a conflicted one is not assigned again). */
  assigned: readonly string[];
  /** Of those, the ones who can score it. */
  scorable: number;
}

export interface Pair {
  proposalId: string;
  evaluatorId: string;
}

/** Current load: how many proposals of the call each evaluator of the pool already has. */
export function loadOf(pool: readonly string[], proposals: readonly ProposalSlots[]) {
  const load = new Map(pool.map((id) => [id, 0]));
  for (const p of proposals) {
    for (const e of p.assigned) if (load.has(e)) load.set(e, load.get(e)! + 1);
  }
  return load;
}

export function planBalanced(
  proposals: readonly ProposalSlots[],
  pool: readonly string[],
  perProposal: number,
): Pair[] {
  const load = loadOf(pool, proposals);
  const plan: Pair[] = [];
  // The most short-handed first, so that a small pool is spread where it is needed most.
  const order = [...proposals].sort((a, b) => a.scorable - b.scorable || a.id.localeCompare(b.id));
  for (const p of order) {
    const taken = new Set([...p.assigned, ...p.authorIds]);
    for (let have = p.scorable; have < perProposal; have++) {
      const next = pool
        .filter((e) => !taken.has(e))
        .reduce<string | null>(
          (best, e) => (best && load.get(best)! <= load.get(e)! ? best : e),
          null,
        );
      if (!next) break;
      taken.add(next);
      load.set(next, load.get(next)! + 1);
      plan.push({ proposalId: p.id, evaluatorId: next });
    }
  }
  return plan;
}

/** Everyone in the pool on every proposal (but their own, and where they already are). */
export function planAll(proposals: readonly ProposalSlots[], pool: readonly string[]): Pair[] {
  return proposals.flatMap((p) =>
    pool
      .filter((e) => !p.assigned.includes(e) && !p.authorIds.includes(e))
      .map((evaluatorId) => ({ proposalId: p.id, evaluatorId })),
  );
}
