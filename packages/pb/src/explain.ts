import type { Rational } from './rational.js';
import type { Outcome, ProjectExplanation } from './outcome.js';

export interface TextOptions {
  /** Currency label after amounts (META currency), e.g. "PLN". */
  currency?: string;
}

function money(x: Rational, o: TextOptions): string {
  const s = x.isInteger() ? x.toString() : x.toFixed(2);
  const [int, frac] = s.split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${frac ? '.' + frac : ''}${o.currency ? ' ' + o.currency : ''}`;
}

function num(x: Rational): string {
  return x.isInteger() ? x.toString() : x.toFixed(2);
}

/** One English sentence (or two) explaining a project's result to a citizen. */
export function explainText(p: ProjectExplanation, o: TextOptions = {}): string {
  const x = p.explanation;
  const name = `"${p.name}" (${p.projectId}, ${money(p.cost, o)})`;
  switch (x.code) {
    case 'greedy-selected':
      return `${name} was funded: it ranked #${x.rank} with a score of ${num(x.score)}, and its cost fitted in the ${money(x.remainingBefore, o)} still available (${money(x.remainingAfter, o)} left afterwards).`;
    case 'greedy-did-not-fit':
      return `${name} was not funded: it ranked #${x.rank} with a score of ${num(x.score)}, but only ${money(x.remaining, o)} was left when its turn came.`;
    case 'greedy-stopped':
      return `${name} was not funded: counting stopped at the first project that did not fit (${x.firstMisfit}), before its turn (#${x.rank}, score ${num(x.score)}).`;
    case 'below-threshold':
      return `${name} was not funded: its score ${num(x.score)} is below the minimum of ${num(x.threshold)}.`;
    case 'envelope-selected':
      return `${name} was funded from the "${x.envelope}" envelope, which still had ${money(x.envelopeLeftBefore, o)} (score ${num(x.score)}).`;
    case 'envelope-did-not-fit':
      return `${name} was not funded: the "${x.envelope}" envelope had only ${money(x.envelopeLeft, o)} left (the whole budget: ${money(x.remaining, o)}).`;
    case 'ineligible':
      return `${name} could not take part: ${(x.supportShare.toNumber() * 100).toFixed(2)}% of voters supported it, but it needed at least ${(x.required.toNumber() * 100).toFixed(2)}% (its share of the budget divided by ${num(x.factor)}).`;
    case 'withdrawn':
      return `${name} was withdrawn and could not be funded.`;
    case 'no-supporters':
      return `${name} was not funded: no voter supported it.`;
    case 'free':
      return `${name} was funded: it costs nothing and has supporters.`;
    case 'mes-selected': {
      const parts = x.payments.map(
        (pay) =>
          `${pay.voters} supporter${pay.voters === 1 ? '' : 's'} paid ${money(pay.amountPerVoter, o)} each${pay.gaveAllTheyHad ? ' (all they had left)' : ''}`,
      );
      const s = x.paymentSummary;
      const listedVoters = x.payments.reduce((n, pay) => n + pay.voters, 0);
      const others = s.groups - x.payments.length;
      if (others > 0)
        parts.push(
          `and ${s.voters - listedVoters} more in ${others} other group${others === 1 ? '' : 's'}, each paying between ${money(s.least, o)} and ${money(s.most, o)}`,
        );
      return `${name} was funded in round ${x.round} of the Method of Equal Shares: its ${x.supporters} supporters shared the cost — ${parts.join('; ')}. Each voter had started with ${money(x.perVoterBudget, o)}; ${money(x.remainingAfter, o)} remained unspent among all voters afterwards.`;
    }
    case 'mes-unaffordable': {
      const spent = x.spentOn
        .slice(0, 5)
        .map((s) => `${s.projectId} (${money(s.amount, o)} from ${s.voters} of them)`)
        .join(', ');
      return `${name} was not funded: its ${x.supporters} supporters had only ${money(x.supportersHad, o)} left of the ${money(x.needed, o)} it needed (round ${x.round}).${spent ? ` They had spent their share on funded projects they also supported: ${spent}${x.spentOn.length > 5 ? ` and ${x.spentOn.length - 5} more` : ''}.` : ''}`;
    }
    case 'completion-selected': {
      const why =
        x.phase === 'comparison-greedy'
          ? 'more voters preferred the greedy outcome, which funds projects by votes'
          : 'after the Method of Equal Shares, the money left funds projects by votes';
      return `${name} was funded: ${why}; it had ${x.votes} votes and fitted in the ${money(x.remainingBefore, o)} left.`;
    }
    case 'completion-did-not-fit':
      return `${name} was not funded: with ${x.votes} votes it did not fit in the ${money(x.remaining, o)} left.`;
    case 'phragmen-selected':
      return `${name} was funded in round ${x.round} of sequential Phragmén (its supporters' load: ${num(x.load)}).`;
    case 'phragmen-not-selected':
      return `${name} was not funded: ${x.reason === 'budget-stop' ? `counting stopped in round ${x.round}, when the next project would have exceeded the budget` : x.reason === 'did-not-fit' ? 'it costs more than the whole budget' : 'no voter supported it'}.`;
    case 'maximin-selected':
      return `${name} was funded in round ${x.round} of the maximin support rule (maximal voter load ${num(x.maxLoad)}).`;
    case 'maximin-not-selected':
      return `${name} was not funded: ${x.reason === 'did-not-fit' ? 'it did not fit in the budget left' : 'no voter supported it'}.`;
    case 'cluj-domain-top':
      return `${name} was funded as the most-voted project of the "${x.domain}" domain (${x.votes} votes).`;
    case 'cluj-selected':
      return `${name} was funded: ranked #${x.rank} overall with ${x.votes} votes.`;
    case 'cluj-not-selected':
      return `${name} was not funded: ${x.reason === 'winner-limit' ? 'the maximum number of winners was already reached' : `it did not fit in the ${money(x.remaining, o)} left`} (${x.votes} votes).`;
  }
}

/** A short report: the rule, the winners, and one line per project. */
export function outcomeText(outcome: Outcome, o: TextOptions = {}): string {
  const lines = [
    `Rule: ${outcome.rule}`,
    `Funded: ${outcome.winners.length} projects, ${money(outcome.totalCost, o)} of ${money(outcome.budget, o)}`,
  ];
  if (outcome.mes) {
    lines.push(
      `Per-voter budget used: ${money(outcome.mes.perVoterBudget, o)} (${outcome.mes.runs} MES run(s))`,
    );
    const c = outcome.mes.comparison;
    if (c) {
      lines.push(
        `Comparison with greedy: ${c.prefersMes} voters prefer MES, ${c.prefersGreedy} prefer greedy → ${c.switchedToGreedy ? 'greedy' : 'MES'} kept`,
      );
    }
  }
  lines.push('');
  for (const p of outcome.explanations)
    lines.push(`${p.selected ? '✔' : '✘'} ${explainText(p, o)}`);
  return lines.join('\n');
}
