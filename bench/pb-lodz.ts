/**
 * Benchmark of the PB engine on Łódź 2022 (90 494 voters, 160 projects): parse + greedy, and
 * parse + MES (cost utilities) with pabulib's add1 completion. Prints figures; never fails.
 *
 *   npx tsx bench/pb-lodz.ts            (TypeScript sources)
 *   node bench/pb-lodz.ts --dist        (needs `npm run build -w packages/pb`; Node ≥ 23 strips types)
 *
 * Each measurement runs in a fresh child process so that peak RSS belongs to that task alone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const FILE = fileURLToPath(
  new URL('../packages/pb/test/data/official/poland_lodz_2022_.pb', import.meta.url),
);

async function task(kind: string, useDist: boolean): Promise<void> {
  const lib = (await import(
    useDist ? '../packages/pb/dist/index.js' : '../packages/pb/src/index.ts'
  )) as typeof import('../packages/pb/src/index.ts');
  const t0 = performance.now();
  const election = lib.parsePb(readFileSync(FILE, 'utf8'));
  const t1 = performance.now();
  const outcome =
    kind === 'greedy'
      ? lib.greedy(election)
      : lib.mes(election, { utility: 'cost', completion: 'add1' });
  const t2 = performance.now();
  const rss = process.resourceUsage().maxRSS / 1024; // KiB → MiB
  process.stdout.write(
    JSON.stringify({
      kind,
      parseMs: t1 - t0,
      countMs: t2 - t1,
      totalMs: t2 - t0,
      peakRssMiB: rss,
      winners: outcome.winners.length,
      totalCost: outcome.totalCost.toString(),
      runs: outcome.mes?.runs ?? 1,
      perVoter: outcome.mes?.perVoterBudget.toString() ?? null,
    }),
  );
}

const argv = process.argv.slice(2);
const useDist = argv.includes('--dist');
const child = argv.find((a) => a.startsWith('--task='));
if (child) {
  await task(child.slice('--task='.length), useDist);
} else {
  const repeat = 3;
  console.log(`PB engine benchmark — Łódź 2022 — ${new Date().toISOString().slice(0, 10)}`);
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, ${useDist ? 'dist' : 'tsx'}`,
  );
  for (const kind of ['greedy', 'mes-add1']) {
    const results = [];
    for (let i = 0; i < repeat; i++) {
      const out = execFileSync(
        process.execPath,
        [
          ...process.execArgv,
          fileURLToPath(import.meta.url),
          `--task=${kind}`,
          ...(useDist ? ['--dist'] : []),
        ],
        {
          encoding: 'utf8',
        },
      );
      results.push(
        JSON.parse(out) as {
          parseMs: number;
          countMs: number;
          totalMs: number;
          peakRssMiB: number;
          winners: number;
          totalCost: string;
          runs: number;
          perVoter: string | null;
        },
      );
    }
    const best = results.reduce((a, b) => (a.totalMs <= b.totalMs ? a : b));
    const f = (x: number): string => x.toFixed(0).padStart(5);
    console.log(
      `${kind.padEnd(9)} parse ${f(best.parseMs)} ms  count ${f(best.countMs)} ms  total ${f(best.totalMs)} ms (best of ${repeat}; all: ${results.map((r) => r.totalMs.toFixed(0)).join(', ')})  peak RSS ${best.peakRssMiB.toFixed(0)} MiB  → ${best.winners} projects, ${best.totalCost}${best.perVoter ? `, ${best.runs} MES runs, final per-voter budget ${best.perVoter}` : ''}`,
    );
  }
}
