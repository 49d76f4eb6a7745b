/**
 * PB engine at scale: every election of the test data and generated elections of growing size,
 * for greedy, plain MES and MES + add1 (cost utilities for approval ballots). Each measurement
 * runs in a fresh child process, so its peak RSS is its own; CPU time is the child's user +
 * system time for counting (parsing or generating is reported apart). Prints figures; never
 * fails. A case that passes its time limit is reported as such.
 *
 *   npx tsx bench/pb-scale.ts [--quick] [--only=<substring>] [--rules=mes,mes-add1] [--limit=<seconds>] [--write]
 *   npx tsx bench/pb-scale.ts --check [--only=<substring>]
 *
 * --quick skips the generated elections above 100 000 voters; --write puts the table into
 * docs/performance.md between the pb-scale markers. --check compares, on the approval elections
 * of the test data, add1 that skips steps (decision 105) with the step-by-step walk, for add1,
 * add1-exhaustive and add1u: the whole outcome must be identical (the unit tests leave out
 * Mokotów and Łódź, whose step-by-step walks are too slow for them).
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { generate } from './pb-generate.ts';

const DATA = fileURLToPath(new URL('../packages/pb/test/data/official/', import.meta.url));
const DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
/** mes-add1-every: the step-by-step walk (before decision 105), for comparison. */
type Rule = 'greedy' | 'mes' | 'mes-add1' | 'mes-add1-every';
const RULES: Rule[] = ['greedy', 'mes', 'mes-add1', 'mes-add1-every'];

interface Result {
  prepareMs: number;
  cpuMs: number;
  wallMs: number;
  peakRssMiB: number;
  winners: number;
  runs: number | null;
  evaluated: number | null;
}

/** Generated cases: [voters, projects]; the series at 400 projects and at 20 000 voters fit the exponents. */
const GENERATED: [number, number][] = [
  [10_000, 50],
  [20_000, 50],
  [20_000, 100],
  [20_000, 200],
  [20_000, 400],
  [50_000, 100],
  [90_000, 160],
  [100_000, 400],
  [200_000, 400],
  [500_000, 400],
];

async function task(caseName: string, rule: Rule): Promise<void> {
  const lib = await import('../packages/pb/src/index.ts');
  const t0 = performance.now();
  const gen = /^gen-(\d+)x(\d+)$/.exec(caseName);
  const election = gen
    ? generate(Number(gen[1]), Number(gen[2]))
    : lib.parsePb(readFileSync(DATA + caseName, 'utf8'));
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const outcome =
    rule === 'greedy'
      ? lib.greedy(election)
      : lib.mes(
          election,
          rule === 'mes'
            ? {}
            : { completion: 'add1', add1Steps: rule === 'mes-add1' ? 'skip' : 'every' },
        );
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const mes = outcome.mes as { runs?: number; evaluated?: number } | null;
  const result: Result = {
    prepareMs: t1 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: t2 - t1,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    winners: outcome.winners.length,
    runs: mes?.runs ?? null,
    evaluated: mes?.evaluated ?? null,
  };
  process.stdout.write(JSON.stringify(result));
}

function measure(caseName: string, rule: Rule, limitS: number): Promise<Result | 'limit' | string> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), `--task=${caseName}`, rule];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { timeout: limitS * 1000, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        if (err && (err as { killed?: boolean }).killed) resolve('limit');
        else if (err) resolve(`error: ${stderr.split('\n')[0]}`);
        else resolve(JSON.parse(stdout) as Result);
      },
    );
  });
}

/** Least-squares slope of log(time) against log(size): time ∝ size^slope. */
function exponent(points: [number, number][]): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
  const rules = (argv
    .find((a) => a.startsWith('--rules='))
    ?.slice(8)
    .split(',') ?? RULES) as Rule[];
  const limit = Number(argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? 300);
  const cases = [
    ...readdirSync(DATA).sort(),
    ...GENERATED.filter(([v]) => !quick || v <= 100_000).map(([v, p]) => `gen-${v}x${p}`),
  ].filter((c) => !only || c.includes(only));
  const lines: string[] = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start; limit ${limit} s per case.`,
    '',
    '| election | rule | prepare | CPU (count) | peak RSS | winners | add1 steps / MES runs |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const times = new Map<string, number>();
  for (const c of cases) {
    for (const rule of rules) {
      const r = await measure(c, rule, limit);
      const row =
        typeof r === 'string'
          ? `| ${c} | ${rule} | | ${r === 'limit' ? `> ${limit} s` : r} | | | |`
          : `| ${c} | ${rule} | ${r.prepareMs.toFixed(0)} ms | **${r.cpuMs < 1000 ? `${r.cpuMs.toFixed(0)} ms` : `${(r.cpuMs / 1000).toFixed(2)} s`}** | ${r.peakRssMiB.toFixed(0)} MiB | ${r.winners} | ${r.runs === null ? '' : `${r.runs} / ${r.evaluated ?? r.runs}`} |`;
      if (typeof r !== 'string') times.set(`${c}|${rule}`, r.cpuMs);
      lines.push(row);
      console.log(row);
    }
  }
  const fit = (rule: Rule, pick: (v: number, p: number) => number | null): string => {
    const pts = GENERATED.flatMap(([v, p]): [number, number][] => {
      const x = pick(v, p);
      const t = times.get(`gen-${v}x${p}|${rule}`);
      return x === null || t === undefined ? [] : [[x, t]];
    });
    return pts.length >= 2 ? exponent(pts).toFixed(2) : 'n/a';
  };
  lines.push('');
  for (const rule of RULES) {
    const byVoters = fit(rule, (v, p) => (p === 400 ? v : null));
    const byProjects = fit(rule, (v, p) => (v === 20_000 ? p : null));
    const line = `- ${rule}: time ∝ voters^${byVoters} (400 projects), ∝ projects^${byProjects} (20 000 voters).`;
    lines.push(line);
    console.log(line);
  }
  if (argv.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    const start = '<!-- pb-scale:start -->';
    const end = '<!-- pb-scale:end -->';
    const i = doc.indexOf(start);
    const j = doc.indexOf(end);
    if (i < 0 || j < 0) throw new Error(`markers ${start} … ${end} not found in ${DOC}`);
    writeFileSync(
      DOC,
      doc.slice(0, i + start.length) + '\n\n' + lines.join('\n') + '\n\n' + doc.slice(j),
    );
  }
}

async function check(only: string | undefined): Promise<void> {
  const lib = await import('../packages/pb/src/index.ts');
  const json = (o: ReturnType<typeof lib.mes>): string =>
    JSON.stringify({ ...o, mes: { ...o.mes, evaluated: null } }, (_k, v: unknown) =>
      v instanceof lib.Rational ? v.toString() : v,
    );
  for (const f of readdirSync(DATA).sort()) {
    if (only && !f.includes(only)) continue;
    const e = lib.parsePb(readFileSync(DATA + f, 'utf8'));
    if (e.voteType !== 'approval') continue;
    for (const completion of ['add1', 'add1-exhaustive', 'add1u'] as const) {
      const t0 = performance.now();
      const plain = lib.mes(e, { completion, add1Steps: 'every' });
      const t1 = performance.now();
      const fast = lib.mes(e, { completion });
      const t2 = performance.now();
      const verdict = json(plain) === json(fast) ? 'identical' : 'DIFFERENT';
      console.log(
        `${f} ${completion}: ${verdict}; step by step ${plain.mes!.runs} runs ${(t1 - t0).toFixed(0)} ms, skipping ${fast.mes!.evaluated} runs ${(t2 - t1).toFixed(0)} ms`,
      );
    }
  }
}

const argv = process.argv.slice(2);
const child = argv.find((a) => a.startsWith('--task='));
if (child) await task(child.slice('--task='.length), argv[argv.indexOf(child) + 1] as Rule);
else if (argv.includes('--check')) await check(argv.find((a) => a.startsWith('--only='))?.slice(7));
else await main(argv);
