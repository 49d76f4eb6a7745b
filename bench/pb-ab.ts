/**
 * Before/after for a change to the PB engine: runs the same count with two copies of
 * `packages/pb/src` (A: an older tree, e.g. `git archive main packages/pb/src | tar -x -C /tmp/a`;
 * B: this one), alternating A and B so that both see the same machine load, each in a fresh
 * process; prints CPU time and peak RSS of every run and the median of each side, and whether
 * the two outcomes are identical (the whole outcome JSON, explanations included, except
 * `mes.evaluated`, which counts the MES runs an add1 walk made).
 *
 *   npx tsx bench/pb-ab.ts --a=/tmp/a/packages/pb/src [--b=<src dir>] <case> <rule> [--times=3]
 *
 * case: a file of packages/pb/test/data/official or gen-<voters>x<projects>; rule: greedy, mes,
 * mes-add1 (add1 skipping steps), mes-add1-every (step by step).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('../packages/pb/src/', import.meta.url));
const DATA = fileURLToPath(new URL('../packages/pb/test/data/official/', import.meta.url));

interface Sample {
  cpuMs: number;
  peakRssMiB: number;
  digest: string;
}

async function task(src: string, caseName: string, rule: string): Promise<void> {
  const lib = (await import(src + 'index.ts')) as typeof import('../packages/pb/src/index.ts');
  const gen = /^gen-(\d+)x(\d+)$/.exec(caseName);
  let election;
  if (gen) {
    const { generate } = await import('./pb-generate.ts');
    // built with the tree's own createElection (its Rational, its election representation)
    election = generate(Number(gen[1]), Number(gen[2]), 1, lib.createElection);
  } else election = lib.parsePb(readFileSync(DATA + caseName, 'utf8'));
  const cpu0 = process.cpuUsage();
  const outcome =
    rule === 'greedy'
      ? lib.greedy(election)
      : lib.mes(
          election,
          rule === 'mes'
            ? {}
            : { completion: 'add1', add1Steps: rule === 'mes-add1-every' ? 'every' : 'skip' },
        );
  const cpu = process.cpuUsage(cpu0);
  const json = JSON.stringify({ ...outcome, mes: { ...outcome.mes, evaluated: null } }, (_k, v) =>
    typeof v === 'object' && v !== null && 'num' in v && 'den' in v ? `${v.num}/${v.den}` : v,
  );
  const sample: Sample = {
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    digest: createHash('sha256').update(json).digest('hex').slice(0, 16),
  };
  process.stdout.write(JSON.stringify(sample));
}

function run(src: string, caseName: string, rule: string): Promise<Sample> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--task', src, caseName, rule];
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, { maxBuffer: 1 << 20 }, (err, stdout, stderr) =>
      err ? reject(new Error(stderr || String(err))) : resolve(JSON.parse(stdout) as Sample),
    ),
  );
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(argv: string[]): Promise<void> {
  const a = argv.find((x) => x.startsWith('--a='))?.slice(4);
  const times = Number(argv.find((x) => x.startsWith('--times='))?.slice(8) ?? 3);
  const [caseName, rule] = argv.filter((x) => !x.startsWith('--'));
  if (!a || !caseName || !rule) throw new Error('usage: pb-ab.ts --a=<src dir> <case> <rule>');
  const dir = (x: string): string => (x.endsWith('/') ? x : x + '/');
  const src = dir(a);
  const b = dir(argv.find((x) => x.startsWith('--b='))?.slice(4) ?? HERE);
  const load = os.loadavg()[0]!.toFixed(1);
  const A: Sample[] = [];
  const B: Sample[] = [];
  for (let i = 0; i < times; i++) {
    A.push(await run(src, caseName, rule));
    B.push(await run(b, caseName, rule));
    console.log(
      `run ${i + 1}: A ${A[i]!.cpuMs.toFixed(0)} ms ${A[i]!.peakRssMiB.toFixed(0)} MiB, B ${B[i]!.cpuMs.toFixed(0)} ms ${B[i]!.peakRssMiB.toFixed(0)} MiB`,
    );
  }
  const same = [...A, ...B].every((s) => s.digest === A[0]!.digest);
  const f = (xs: Sample[]) =>
    `${median(xs.map((s) => s.cpuMs)).toFixed(0)} ms, ${median(xs.map((s) => s.peakRssMiB)).toFixed(0)} MiB`;
  console.log(
    `${caseName} ${rule}: A ${f(A)} → B ${f(B)} (median of ${times}; load ${load} → ${os.loadavg()[0]!.toFixed(1)}); outcomes ${same ? 'identical' : 'DIFFERENT'}`,
  );
  if (!same) process.exitCode = 1;
}

const argv = process.argv.slice(2);
if (argv[0] === '--task') await task(argv[1]!, argv[2]!, argv[3]!);
else await main(argv);
