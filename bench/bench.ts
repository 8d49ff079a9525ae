/**
 * `npm run bench`: how fast the engine is, in figures.
 *
 * 1. Every message of the Sisimai corpus (beside the repository, or $BOUNCE_CORPUS,
 *    or the project's own fixtures when neither exists) through the whole engine
 *    (`diagnose`): median and p99 time per message, messages per second.
 * 2. Hostile inputs of 1 MB and 5 MB built to make backtracking regular expressions
 *    explode, and part-heavy MIME messages (issue 10 §1: a flood of empty parts, nesting,
 *    thousands of tiny attachments, huge header blocks): the time for each, and the
 *    5 MB / 1 MB ratio (5 means linear).
 * 3. The part-heavy messages of 5 MB through the bundled command line, each in a fresh
 *    process: wall time (startup included) and peak memory (max RSS), against the goals
 *    of under one second and under 300 MB.
 *
 * 3. The owner directory: a 20,000-group owners.json (about 5 MB) read, validated and
 *    indexed (median of 7 runs), and the time per `findByAddress` (median of 100,000).
 *
 * It prints; it does not assert. The tests check behaviour, this measures speed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { installJoinedBlob } from '../src/cli/joined-blob';
import { diagnose } from '../src/ndr';
import type { NdrSource } from '../src/ndr/types';
import { readOwnersFile } from '../src/owners/owners-file';
import { syntheticDirectoryJson } from '../test/owners/synthetic-directory';
import { PART_HEAVY_SHAPES } from './mime-shapes';

const MB = 1024 * 1024;

function corpusFiles(): { label: string; files: string[] } {
  const candidates = [
    process.env['BOUNCE_CORPUS'] ? resolve(process.env['BOUNCE_CORPUS']) : '',
    resolve(__dirname, '../../shared/corpus/sisimai/maildir'),
    resolve(__dirname, '../../shared/corpus/sisimai'),
  ].filter(Boolean);
  for (const dir of candidates) {
    const maildir = existsSync(join(dir, 'maildir')) ? join(dir, 'maildir') : dir;
    if (existsSync(maildir) && statSync(maildir).isDirectory()) {
      const files = readdirSync(maildir)
        .filter((name) => name.endsWith('.eml'))
        .map((name) => join(maildir, name));
      if (files.length > 0) return { label: maildir, files };
    }
  }
  const fixtures: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.eml')) fixtures.push(path);
    }
  };
  const fixtureDir = resolve(__dirname, '../test/fixtures');
  if (existsSync(fixtureDir)) walk(fixtureDir);
  return { label: `${fixtureDir} (corpus not found)`, files: fixtures };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

async function time(source: NdrSource): Promise<number> {
  const start = performance.now();
  await diagnose(source);
  return performance.now() - start;
}

/** Best of a few runs: the figure least disturbed by garbage collection and the rest of the machine. */
async function bestOf(runs: number, source: NdrSource): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) best = Math.min(best, await time(source));
  return best;
}

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** A genuine-looking bounce whose human-readable part is padded with `filler`. */
function bounceAround(filler: string): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mail.contoso.com>',
    'To: jan@contoso.com',
    'Subject: Undeliverable: Quarterly figures',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Delivery has failed to these recipients or groups:',
    filler,
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;mail.contoso.com',
    '',
    'Final-Recipient: rfc822;sales-all@contoso.com',
    'Action: failed',
    'Status: 5.7.1',
    'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
    '',
    '--b1--',
    '',
  ].join('\r\n');
}

interface HostileCase {
  name: string;
  make: (bytes: number) => NdrSource;
}

const hostileCases: HostileCase[] = [
  { name: 'text, one line, no newline', make: (n) => ({ text: repeatTo('Remote Server returned 550 5.7.1 x ', n) }) },
  { name: 'text, 5.5.5.5… run', make: (n) => ({ text: repeatTo('5.', n) }) },
  { name: 'text, digits and dots with no code', make: (n) => ({ text: repeatTo('5555.', n) }) },
  { name: 'text, a@a@a@… run', make: (n) => ({ text: repeatTo('a@', n) }) },
  { name: 'text, [[[[ run', make: (n) => ({ text: repeatTo('[', n) }) },
  { name: 'text, spaces and tabs', make: (n) => ({ text: `550 5.7.1${repeatTo(' \t', n)}x` }) },
  { name: 'text, #< #5.5.0 smtp;… run', make: (n) => ({ text: repeatTo('#< #5.7.1 smtp;550 ', n) }) },
  { name: 'text, many short lines', make: (n) => ({ text: repeatTo('Status: 5.7.1\nFinal-Recipient: rfc822;a@b.c\n', n) }) },
  { name: 'html, nested <div>', make: (n) => ({ html: repeatTo('<div>', n) }) },
  { name: 'html, unclosed attributes', make: (n) => ({ html: `<a href="${repeatTo('x', n)}` }) },
  { name: 'raw MIME bounce, padded body', make: (n) => ({ raw: bounceAround(repeatTo('Your message to sales-all@contoso.com could not be delivered. ', n)) }) },
  { name: 'raw MIME bounce, body without newlines', make: (n) => ({ raw: bounceAround(repeatTo('x', n)) }) },
  {
    name: 'raw MIME bounce, 75-byte lines',
    make: (n) => ({ raw: bounceAround(repeatTo("<<< 550-5.7.1 Unauthenticated email from x is not accepted due to domain's\n", n)) }),
  },
  ...PART_HEAVY_SHAPES.map((shape) => ({ name: `raw MIME, ${shape.name}`, make: (n: number): NdrSource => ({ raw: shape.make(n) }) })),
];

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

async function benchCorpus(): Promise<void> {
  const { label, files } = corpusFiles();
  const messages = files.map((file) => new Uint8Array(readFileSync(file)));
  // Warm up: the first pass compiles the code paths.
  for (const raw of messages) await diagnose({ raw });
  const times: number[] = [];
  const start = performance.now();
  for (const raw of messages) times.push(await time({ raw }));
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const bytes = messages.reduce((sum, raw) => sum + raw.length, 0);
  console.log(`Corpus: ${messages.length} messages, ${(bytes / MB).toFixed(1)} MB, from ${label}`);
  console.log(`  median ${fmt(percentile(times, 50))} ms · p99 ${fmt(percentile(times, 99))} ms · max ${fmt(times.at(-1) ?? Number.NaN)} ms per message`);
  console.log(`  ${(messages.length / (total / 1000)).toFixed(0)} messages per second (one core, whole engine: MIME, parse, catalog)`);
}

async function benchHostile(): Promise<void> {
  console.log('\nHostile inputs (best of 3 runs):');
  console.log(`  ${'input'.padEnd(48)} ${'1 MB ms'.padStart(9)} ${'5 MB ms'.padStart(9)} ${'5/1'.padStart(6)}`);
  let worst = 0;
  for (const hostile of hostileCases) {
    const one = await bestOf(3, hostile.make(MB));
    const five = await bestOf(3, hostile.make(5 * MB));
    worst = Math.max(worst, five);
    console.log(`  ${hostile.name.padEnd(48)} ${fmt(one).padStart(9)} ${fmt(five).padStart(9)} ${(five / Math.max(one, 0.01)).toFixed(1).padStart(6)}`);
  }
  console.log(`  slowest 5 MB input: ${fmt(worst)} ms (${worst < 1000 ? 'under' : 'OVER'} one second)`);
}

/**
 * The engine analyses at most 256 kB of human text (a window placed on the report, see
 * `focusWindow`), so beyond that size time hardly grows. Below it, time must grow in
 * proportion to size: doubling the input should about double the time.
 */
async function benchGrowth(): Promise<void> {
  const sizes = [32, 64, 128, 256].map((kb) => kb * 1024);
  const growthCases = hostileCases.filter((hostile) =>
    ['text, many short lines', 'html, nested <div>', 'text, one line, no newline', 'text, a@a@a@… run'].includes(hostile.name),
  );
  console.log('\nGrowth below the 256 kB analysis window (best of 5 runs, ms):');
  console.log(`  ${'input'.padEnd(40)} ${sizes.map((size) => `${size / 1024} kB`.padStart(8)).join(' ')}   256/32`);
  for (const hostile of growthCases) {
    const times: number[] = [];
    for (const size of sizes) times.push(await bestOf(5, hostile.make(size)));
    const ratio = (times.at(-1) ?? 0) / Math.max(times[0] ?? 0, 0.01);
    console.log(`  ${hostile.name.padEnd(40)} ${times.map((ms) => fmt(ms).padStart(8)).join(' ')}   ${ratio.toFixed(1).padStart(6)} (linear: 8)`);
  }
}

/** owners.json as the pane reads it (src/owners/owners-file.ts): bytes in, index out, then look-ups. */
function benchOwnersDirectory(): void {
  const groups = 20000;
  const bytes = new TextEncoder().encode(syntheticDirectoryJson(groups));
  console.log(`\nOwner directory (owners.json, ${groups.toLocaleString('en-US')} groups, ${(bytes.length / MB).toFixed(2)} MB):`);
  const runs: number[] = [];
  let reading = readOwnersFile(bytes); // warm-up
  for (let run = 0; run < 7; run += 1) {
    const start = performance.now();
    reading = readOwnersFile(bytes);
    runs.push(performance.now() - start);
  }
  if (!reading.ok) throw new Error(`the generated directory was refused: ${reading.problems[0]?.message ?? ''}`);
  runs.sort((a, b) => a - b);
  console.log(`  parse + validate + index: median ${fmt(percentile(runs, 50))} ms, best ${fmt(runs[0] ?? Number.NaN)} ms (7 runs)`);

  // Look-ups the way the pane gets addresses from a bounce: mixed case, an SMTP: prefix, some unknown.
  const { index } = reading;
  const queries = Array.from({ length: 1000 }, (_, n) => {
    const id = (n * 7919) % groups;
    if (n % 10 === 9) return `nobody-${n}@fabrikam.com`;
    return n % 3 === 0 ? `SMTP:Department-${id}@Contoso.com` : `afdeling-${id}@contoso.nl`;
  });
  const lookups = 100000;
  const batch = 1000;
  const perLookup: number[] = [];
  let found = 0;
  for (let done = 0; done < lookups; done += batch) {
    const start = performance.now();
    for (let n = 0; n < batch; n += 1) if (index.findByAddress(queries[n] as string)) found += 1;
    perLookup.push(((performance.now() - start) * 1000) / batch);
  }
  perLookup.sort((a, b) => a - b);
  console.log(
    `  findByAddress: median ${percentile(perLookup, 50).toFixed(2)} µs, p99 ${percentile(perLookup, 99).toFixed(2)} µs per look-up (${lookups.toLocaleString('en-US')} look-ups in batches of ${batch}, ${Math.round((found / lookups) * 100)}% found)`,
  );
}

const CLI = resolve(__dirname, '../dist/cli/bounce-doctor.cjs');

/** Runs the bundled command line in a fresh process; its peak memory comes from `process.resourceUsage()` at exit. */
function runCli(file: string, preload: string): { ms: number; maxRssMb: number; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, CLI, 'diagnose', '--json', file], { encoding: 'utf8', maxBuffer: 64 * MB });
  const ms = performance.now() - start;
  const rss = /bench-max-rss=(\d+)/.exec(result.stderr ?? '');
  return { ms, maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, status: result.status };
}

async function benchCliMemory(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log(`\nCommand line: ${CLI} is missing (npm run build:cli), skipped`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bounce-doctor-bench-'));
  try {
    const preload = join(dir, 'max-rss.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(`bench-max-rss=${process.resourceUsage().maxRSS}\\n`));\n");
    const tiny = join(dir, 'tiny.eml');
    writeFileSync(tiny, bounceAround('Your message could not be delivered.'));
    const base = [0, 1, 2].map(() => runCli(tiny, preload)).sort((a, b) => a.ms - b.ms)[0];
    console.log('\nPart-heavy 5 MB messages through the bundled command line (fresh process each, best of 2):');
    console.log(`  startup and a 1 kB bounce: ${fmt(base?.ms ?? Number.NaN)} ms, ${fmt(base?.maxRssMb ?? Number.NaN)} MB`);
    console.log(`  ${'input'.padEnd(40)} ${'wall ms'.padStart(9)} ${'max RSS MB'.padStart(11)} ${'exit'.padStart(5)}`);
    let worstMs = 0;
    let worstMb = 0;
    for (const shape of PART_HEAVY_SHAPES) {
      const file = join(dir, 'shape.eml');
      writeFileSync(file, shape.make(5 * MB));
      const run = [0, 1].map(() => runCli(file, preload)).sort((a, b) => a.ms - b.ms)[0];
      if (!run) continue;
      worstMs = Math.max(worstMs, run.ms);
      worstMb = Math.max(worstMb, run.maxRssMb);
      console.log(`  ${shape.name.padEnd(40)} ${fmt(run.ms).padStart(9)} ${fmt(run.maxRssMb).padStart(11)} ${String(run.status).padStart(5)}`);
    }
    console.log(`  slowest: ${fmt(worstMs)} ms (${worstMs < 1000 ? 'under' : 'OVER'} one second, startup included); largest: ${fmt(worstMb)} MB (${worstMb < 300 ? 'under' : 'OVER'} 300 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // As the command line runs the engine (src/cli/joined-blob.ts says why).
  installJoinedBlob();
  console.log(`Bounce Doctor engine benchmark · Node ${process.version} · ${new Date().toISOString()}\n`);
  await benchCorpus();
  await benchHostile();
  await benchGrowth();
  benchOwnersDirectory();
  await benchCliMemory();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
