/**
 * A plain, exact Method of Equal Shares written from its definition, voter by voter, as an
 * oracle for the engine's tests. Nothing here is shared with src/rules/mes-*.ts: no ballot
 * groups, no budget classes, no float shortcuts — only Rational arithmetic on every voter.
 *
 * Definition (Peters, Pierczyński, Skowron 2021; pabutools' `method_of_equal_shares`): every
 * voter starts with the same budget. In each round, a project p with cost c is affordable at
 * price ρ (per unit of utility) if Σ over its supporters i of min(b_i, ρ·u_i(p)) = c. The
 * project with the least such ρ is bought (ties: the tie rule), each supporter paying
 * min(b_i, ρ·u_i). A project nobody can pay for any more is never bought.
 */
import { Rational, type Election } from '../src/index.js';

export type OracleUtility = 'cost' | 'cardinality';
/** pabutools: the smallest id as a string; file-order: the project listed first. */
export type OracleTie = 'pabutools' | 'file-order';

export interface OracleRound {
  readonly project: string;
  readonly rho: Rational;
  /** What each voter (in file order) paid for it. */
  readonly paid: readonly Rational[];
}

export interface OracleRun {
  readonly winners: string[];
  readonly cost: Rational;
  readonly rounds: OracleRound[];
}

function utilityOf(e: Election, u: OracleUtility, voter: number, p: number): Rational {
  const project = e.projects[p]!;
  if (!e.voters[voter]!.projects.includes(project.id)) return Rational.ZERO;
  return u === 'cost' ? project.cost : Rational.ONE;
}

/** The least ρ with Σ min(b_i, ρ·u_i) = cost, or null when the supporters cannot pay. */
function priceOf(cost: Rational, budgets: Rational[], utils: Rational[]): Rational | null {
  const who = utils.map((_, i) => i).filter((i) => utils[i]!.sign() > 0);
  const held = Rational.sum(who.map((i) => budgets[i]!));
  if (held.lt(cost)) return null;
  // Poorest per unit of utility first: they are the ones who may not afford ρ·u.
  who.sort((a, b) => budgets[a]!.div(utils[a]!).compare(budgets[b]!.div(utils[b]!)));
  let paid = Rational.ZERO;
  let utilityLeft = Rational.sum(who.map((i) => utils[i]!));
  for (const i of who) {
    const rho = cost.sub(paid).div(utilityLeft);
    if (rho.mul(utils[i]!).le(budgets[i]!)) return rho;
    paid = paid.add(budgets[i]!);
    utilityLeft = utilityLeft.sub(utils[i]!);
  }
  return null;
}

function prefer(e: Election, tie: OracleTie, a: number, b: number): boolean {
  if (tie === 'file-order') return a < b;
  return e.projects[a]!.id < e.projects[b]!.id;
}

/** One MES run where every voter starts with `perVoter`. */
export function oracleMes(
  e: Election,
  u: OracleUtility,
  perVoter: Rational,
  tie: OracleTie,
): OracleRun {
  const budgets = e.voters.map(() => perVoter);
  const utils = e.projects.map((_, p) => e.voters.map((_, i) => utilityOf(e, u, i, p)));
  const open = new Set(e.projects.map((_, p) => p));
  const rounds: OracleRound[] = [];
  let cost = Rational.ZERO;
  for (;;) {
    let best: { p: number; rho: Rational } | null = null;
    for (const p of open) {
      const total = Rational.sum(utils[p]!);
      const rho = total.isZero() ? null : priceOf(e.projects[p]!.cost, budgets, utils[p]!);
      if (rho === null) {
        open.delete(p);
        continue;
      }
      const c = best === null ? -1 : rho.compare(best.rho);
      if (c < 0 || (c === 0 && prefer(e, tie, p, best!.p))) best = { p, rho };
    }
    if (best === null) break;
    const paid = budgets.map((b, i) => Rational.min(b, best.rho.mul(utils[best.p]![i]!)));
    paid.forEach((x, i) => (budgets[i] = budgets[i]!.sub(x)));
    open.delete(best.p);
    cost = cost.add(e.projects[best.p]!.cost);
    rounds.push({ project: e.projects[best.p]!.id, rho: best.rho, paid });
  }
  return { winners: rounds.map((r) => r.project), cost, rounds };
}

/**
 * pabulib's add1: the plain run at B/n, then every voter holds ⌊B/n⌋+1, +2, …; keep the last
 * outcome that costs at most B and stop at the first that costs more (or once a voter alone
 * holds more than all projects cost, when nothing can change any more).
 */
export function oracleAdd1(
  e: Election,
  u: OracleUtility,
  tie: OracleTie,
): OracleRun & { perVoter: Rational } {
  const n = BigInt(Math.max(e.voters.length, 1));
  let perVoter = e.budget.divInt(n);
  let kept = oracleMes(e, u, perVoter, tie);
  const allCost = Rational.sum(e.projects.map((p) => p.cost));
  for (let b = Rational.int(perVoter.floor()).add(Rational.ONE); ; b = b.add(Rational.ONE)) {
    const next = oracleMes(e, u, b, tie);
    if (next.cost.gt(e.budget)) break;
    kept = next;
    perVoter = b;
    if (b.gt(allCost)) break;
  }
  return { ...kept, perVoter };
}
