import type { Rational } from './rational.js';

/** What a group of supporters paid for a project bought by the Method of Equal Shares. */
export interface MesPayment {
  /** The voters' utility for the project (cost utilities: its cost; cardinality: 1; points…). */
  readonly utility: Rational;
  /** Amount each of these voters paid. */
  readonly amountPerVoter: Rational;
  /** How many voters paid that amount. */
  readonly voters: number;
  /** True when these voters gave all they had left (they could not pay the full share). */
  readonly gaveAllTheyHad: boolean;
}

/** Every payment group of a project bought by the Method of Equal Shares, in figures. */
export interface MesPaymentSummary {
  /** Payment groups (voters paying the same amount for the same utility); `payments` lists the largest. */
  readonly groups: number;
  /** Supporters who paid something, and what they paid together (the project's cost). */
  readonly voters: number;
  readonly total: Rational;
  /** The smallest and largest amount one voter paid. */
  readonly least: Rational;
  readonly most: Rational;
  /** The groups, and their voters, who gave all they had left (less than the equal share). */
  readonly gaveAllTheyHad: { readonly groups: number; readonly voters: number };
}

export interface SpentOn {
  readonly projectId: string;
  /** Total paid for that funded project by the supporters of the project being explained. */
  readonly amount: Rational;
  /** How many of those supporters paid something for it. */
  readonly voters: number;
}

/**
 * Why a project won or lost: structured, so that the web app can translate it; `explainText`
 * renders it in English. `code` tells the case; the other fields are its figures.
 */
export type Explanation =
  | {
      code: 'greedy-selected';
      /** Position in the ranking by score (1 = highest). */
      rank: number;
      score: Rational;
      /** Budget left before and after funding it. */
      remainingBefore: Rational;
      remainingAfter: Rational;
    }
  | { code: 'greedy-did-not-fit'; rank: number; score: Rational; remaining: Rational }
  | {
      code: 'greedy-stopped';
      rank: number;
      score: Rational;
      firstMisfit: string;
      remaining: Rational;
    }
  | { code: 'below-threshold'; score: Rational; threshold: Rational }
  | {
      code: 'envelope-did-not-fit';
      envelope: string;
      envelopeLeft: Rational;
      remaining: Rational;
      score: Rational;
    }
  | {
      code: 'envelope-selected';
      envelope: string;
      envelopeLeftBefore: Rational;
      score: Rational;
      remainingBefore: Rational;
    }
  | {
      code: 'ineligible';
      /** Share of voters who supported it, and the share of the budget it costs divided by `factor`. */
      supportShare: Rational;
      required: Rational;
      factor: Rational;
    }
  | { code: 'withdrawn' }
  | { code: 'no-supporters' }
  | { code: 'free'; note: 'selected before counting because it costs nothing and has supporters' }
  | {
      code: 'mes-selected';
      round: number;
      /** Price per unit of utility (ρ); with cost utilities every full payer paid ρ·cost. */
      rho: Rational;
      /**
       * The payment groups, most voters first: the largest ten by default, every one with the
       * `explanations: 'full'` option (decision 108); `paymentSummary` covers them all.
       */
      payments: readonly MesPayment[];
      paymentSummary: MesPaymentSummary;
      supporters: number;
      /** Money all voters still held after this purchase. */
      remainingAfter: Rational;
      /** Per-voter starting budget of the run that decided the outcome. */
      perVoterBudget: Rational;
    }
  | {
      code: 'mes-unaffordable';
      /** Round in which it was found unaffordable (it never became affordable again). */
      round: number;
      /** Money its supporters still had then (Y) and what it needed (Z = its cost). */
      supportersHad: Rational;
      needed: Rational;
      supporters: number;
      /** What those supporters had spent, project by project, largest first. */
      spentOn: readonly SpentOn[];
      perVoterBudget: Rational;
    }
  | {
      code: 'completion-selected';
      phase: 'utilitarian' | 'add1u' | 'comparison-greedy';
      votes: number;
      remainingBefore: Rational;
      remainingAfter: Rational;
    }
  | { code: 'completion-did-not-fit'; votes: number; remaining: Rational }
  | { code: 'phragmen-selected'; round: number; load: Rational }
  | {
      code: 'phragmen-not-selected';
      round: number;
      reason: 'budget-stop' | 'did-not-fit' | 'no-supporters';
    }
  | { code: 'maximin-selected'; round: number; maxLoad: Rational }
  | { code: 'maximin-not-selected'; reason: 'did-not-fit' | 'no-supporters' }
  | { code: 'cluj-domain-top'; domain: string; votes: number; remainingBefore: Rational }
  | { code: 'cluj-selected'; votes: number; rank: number; remainingBefore: Rational }
  | {
      code: 'cluj-not-selected';
      votes: number;
      reason: 'winner-limit' | 'did-not-fit';
      remaining: Rational;
    };

export interface ProjectExplanation {
  readonly projectId: string;
  readonly name: string;
  readonly cost: Rational;
  readonly selected: boolean;
  readonly explanation: Explanation;
}

export interface ComparisonStep {
  readonly prefersMes: number;
  readonly prefersGreedy: number;
  readonly switchedToGreedy: boolean;
}

export interface MesDetails {
  /** Per-voter budget of the run whose outcome was kept. */
  readonly perVoterBudget: Rational;
  /** Number of per-voter budgets the count went through (1 without add1). */
  readonly runs: number;
  /**
   * How many of them needed a run of MES; the others were known to buy the same projects as
   * the last run (decision 105). Equals `runs` when every step is run.
   */
  readonly evaluated: number;
  readonly completionAdded: readonly string[];
  readonly comparison: ComparisonStep | null;
  readonly eligibilityRemoved: readonly string[];
}

export interface Outcome {
  /** Rule and options in words, e.g. "mes(cost) + add1". */
  readonly rule: string;
  readonly budget: Rational;
  /** Funded project ids, in the order they were chosen. */
  readonly winners: readonly string[];
  readonly totalCost: Rational;
  /** One explanation per project, in the order of the election's projects. */
  readonly explanations: readonly ProjectExplanation[];
  readonly mes: MesDetails | null;
}
