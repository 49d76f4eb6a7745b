#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parsePb, PbParseError } from './pbfile.js';
import { count, isRuleName, RULE_NAMES, type CountOptions } from './rules/registry.js';
import type { Completion } from './rules/mes.js';
import type { CountProgress } from './progress.js';
import type { Utility } from './rules/mes-core.js';
import { TieError, type TieBreaking, type TieCriterion } from './tiebreak.js';
import { outcomeText } from './explain.js';
import { checkElection } from './check.js';
import { compareOutcomes } from './stats.js';
import { statistics } from './stats.js';
import type { Election } from './election.js';

const USAGE = `Usage:
  pb count FILE.pb --rule RULE [options] [--json]
  pb check FILE.pb [--json]
  pb compare FILE.pb --rules RULE_A,RULE_B [options] [--json]

Rules: ${RULE_NAMES.join(', ')}
Options:
  --completion none|add1|add1-exhaustive|add1u|utilitarian   (MES; default none)
  --utility cost|cardinality|effort|points|borda             (MES; default by vote type)
  --tie pabutools|equalshares|highest-id|lowest-id|file-order|refuse|CRITERIA
        CRITERIA: comma list of minCost,maxCost,maxVotes,minVotes (then --lot, then refuse)
  --lot ID,ID,...          lot drawn in advance (with --tie equalshares or criteria)
  --increment N            add1 step per voter (default 1)
  --comparison             compare MES with greedy and keep the one more voters prefer
  --eligibility F          supporters/n must be ≥ cost/(F·budget) (Świecie: 3)
  --threshold X|meta       greedy: minimum score
  --max-winners N          cluj: number of winners;  --within-budget  cluj: also fit the budget
  --full-explanations      MES: list every payment group of a funded project (default: the
                           ten largest and a summary of the rest)
  --json                   machine-readable output (amounts as exact fractions "n/d")

Exit codes: 0 done; 1 check found errors or the selection is not reproduced;
            2 usage error; 3 the file is not valid .pb; 4 an unresolved tie.`;

class UsageError extends Error {}

interface Args {
  command: string;
  file: string;
  flags: Map<string, string | true>;
}

const BOOLEAN = new Set(['json', 'comparison', 'within-budget', 'full-explanations', 'help']);
const VALUED = new Set([
  'rule',
  'rules',
  'completion',
  'utility',
  'tie',
  'lot',
  'increment',
  'eligibility',
  'threshold',
  'max-winners',
]);

function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (BOOLEAN.has(name)) flags.set(name, true);
      else if (VALUED.has(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        flags.set(name, v);
      } else throw new UsageError(`unknown option --${name}`);
    } else positional.push(a);
  }
  if (flags.has('help') || positional.length === 0) throw new UsageError('');
  const [command, file, ...extra] = positional as [string, string | undefined, ...string[]];
  if (!['count', 'check', 'compare'].includes(command))
    throw new UsageError(`unknown command "${command}"`);
  if (file === undefined) throw new UsageError(`${command} needs a FILE.pb`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return { command, file, flags };
}

function oneOf<T extends string>(
  name: string,
  value: string | true | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (value === true || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function tieOf(flags: Map<string, string | true>): TieBreaking | undefined {
  const t = flags.get('tie');
  const lotRaw = flags.get('lot');
  const lot = typeof lotRaw === 'string' ? lotRaw.split(',').map((s) => s.trim()) : undefined;
  if (t === undefined) return lot ? { kind: 'equalshares', lot } : undefined;
  if (t === true) throw new UsageError('--tie needs a value');
  switch (t) {
    case 'pabutools':
    case 'highest-id':
    case 'lowest-id':
    case 'file-order':
    case 'refuse':
      return { kind: t };
    case 'equalshares':
      return { kind: 'equalshares', lot };
  }
  const criteria = t.split(',').map((s) => s.trim());
  const ok: TieCriterion[] = ['minCost', 'maxCost', 'maxVotes', 'minVotes'];
  for (const c of criteria)
    if (!(ok as string[]).includes(c)) throw new UsageError(`unknown tie-breaking "${c}"`);
  return { kind: 'criteria', criteria: criteria as TieCriterion[], lot };
}

function countOptions(flags: Map<string, string | true>): CountOptions {
  const num = (name: string): string | undefined => {
    const v = flags.get(name);
    if (v === undefined) return undefined;
    if (v === true || !/^\s*\d+([.,]\d+)?\s*$/.test(v))
      throw new UsageError(`--${name} must be a number`);
    return v;
  };
  const maxW = num('max-winners');
  const threshold = flags.get('threshold');
  return {
    completion: oneOf<Completion>('completion', flags.get('completion'), [
      'none',
      'add1',
      'add1-exhaustive',
      'add1u',
      'utilitarian',
    ]),
    utility: oneOf<Utility>('utility', flags.get('utility'), [
      'cost',
      'cardinality',
      'effort',
      'points',
      'borda',
    ]),
    tie: tieOf(flags),
    increment: num('increment'),
    comparison: flags.has('comparison') || undefined,
    eligibilityFactor: num('eligibility'),
    threshold:
      threshold === 'meta'
        ? 'meta'
        : threshold === undefined
          ? undefined
          : (num('threshold') as string),
    maxWinners: maxW === undefined ? undefined : Number(maxW),
    withinBudget: flags.has('within-budget') || undefined,
    explanations: flags.has('full-explanations') ? 'full' : undefined,
  };
}

function ruleOf(name: string): Parameters<typeof count>[1] {
  if (!isRuleName(name))
    throw new UsageError(`unknown rule "${name}" (rules: ${RULE_NAMES.join(', ')})`);
  return name;
}

function load(file: string): Election {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  return parsePb(text);
}

/** Where progress goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(s: string): unknown;
}

/**
 * On a terminal, a long count shows where it is on one rewritten line (add1 steps, MES runs,
 * per-voter budget, rounds of the run under way), at most five times a second; nothing when
 * piped, so that redirected output and logs stay clean.
 */
function progressLine(stream: ProgressStream): ((p: CountProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    stream.write(
      `\r\x1b[K MES: ${p.steps} step(s), ${p.evaluated} run(s), per-voter budget ${p.perVoter.toDecimalString(2)}, round ${p.round}`,
    );
  };
}

function json(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
}

export function main(
  argv: string[],
  out: (s: string) => void = console.log,
  errOut: (s: string) => void = console.error,
  progress: ProgressStream = process.stderr,
): number {
  try {
    const args = parseArgs(argv);
    const election = load(args.file);
    const currency = election.meta.get('currency');
    const asJson = args.flags.has('json');
    if (args.command === 'count') {
      const rule = args.flags.get('rule');
      if (typeof rule !== 'string') throw new UsageError('count needs --rule RULE');
      const outcome = count(election, ruleOf(rule), {
        ...countOptions(args.flags),
        onProgress: progressLine(progress),
      });
      if (progress.isTTY) progress.write('\r\x1b[K');
      if (asJson) out(json({ outcome, statistics: statistics(election, outcome) }));
      else out(outcomeText(outcome, { currency }));
      return 0;
    }
    if (args.command === 'check') {
      const report = checkElection(election);
      if (asJson) out(json(report));
      else {
        out(`${report.errors.length} error(s), ${report.warnings.length} warning(s)`);
        for (const e of report.errors) out(`error: ${e.kind}: ${e.message}`);
        for (const w of report.warnings) out(`warning: ${w.kind}: ${w.message}`);
        const r = report.rule;
        const verdict =
          r.reproduced === null ? 'not checked' : r.reproduced ? 'reproduced' : 'NOT reproduced';
        out(`rule ${r.rule || '(none)'}: selected column ${verdict} — ${r.note}`);
        if (r.shouldBeSelected.length)
          out(`  not selected but should be: ${r.shouldBeSelected.join(', ')}`);
        if (r.shouldNotBeSelected.length)
          out(`  selected but should not be: ${r.shouldNotBeSelected.join(', ')}`);
      }
      return report.errors.length > 0 || report.rule.reproduced === false ? 1 : 0;
    }
    // compare
    const rules = args.flags.get('rules');
    if (typeof rules !== 'string' || rules.split(',').length !== 2)
      throw new UsageError('compare needs --rules A,B');
    const [ra, rb] = rules.split(',').map((s) => ruleOf(s.trim())) as [
      ReturnType<typeof ruleOf>,
      ReturnType<typeof ruleOf>,
    ];
    const opts = { ...countOptions(args.flags), onProgress: progressLine(progress) };
    const a = count(election, ra, opts);
    const b = count(election, rb, opts);
    if (progress.isTTY) progress.write('\r\x1b[K');
    const c = compareOutcomes(election, a, b);
    if (asJson)
      out(
        json({
          a: { rule: a.rule, winners: a.winners },
          b: { rule: b.rule, winners: b.winners },
          comparison: c,
        }),
      );
    else {
      const pct = (x: { budgetShare: { toNumber(): number } }): string =>
        (x.budgetShare.toNumber() * 100).toFixed(1);
      out(
        `A = ${a.rule}: ${a.winners.length} projects, ${a.totalCost.toDecimalString(2)} (${pct(c.a)}% of the budget), ${c.a.votersWithFunded} voters with a funded project`,
      );
      out(
        `B = ${b.rule}: ${b.winners.length} projects, ${b.totalCost.toDecimalString(2)} (${pct(c.b)}% of the budget), ${c.b.votersWithFunded} voters with a funded project`,
      );
      out(`in both: ${c.both.join(', ') || '—'}`);
      out(`only A:  ${c.onlyA.join(', ') || '—'}`);
      out(`only B:  ${c.onlyB.join(', ') || '—'}`);
      out(`voters preferring A: ${c.prefersA}, B: ${c.prefersB}, indifferent: ${c.indifferent}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) errOut(`pb: ${e.message}\n`);
      errOut(USAGE);
      return 2;
    }
    if (e instanceof PbParseError) {
      errOut(`pb: invalid .pb file: ${e.message}`);
      return 3;
    }
    if (e instanceof TieError) {
      errOut(`pb: ${e.message}; choose a tie-breaking with --tie`);
      return 4;
    }
    if (e instanceof RangeError) {
      errOut(`pb: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.(js|ts)$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
