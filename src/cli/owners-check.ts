/**
 * `bounce-doctor owners check <owners.json>`: what an admin runs before publishing
 * the owner directory (docs/owners-directory.md). The same validation as the pane
 * (src/owners/owners-file.ts), so a file that passes here is one the pane reads.
 *
 * Exit 0: one summary line on standard output, warnings on standard error.
 * Exit 1: the file is not a valid owners.json; each problem on its own line, `path: message`.
 * Exit 2: the file could not be read at all, or the command line is wrong.
 */
import { readFile, stat } from 'node:fs/promises';
import { checkOwnersFileSize, MAX_OWNERS_FILE_BYTES, readOwnersFile, summarizeOwnersFile, type OwnersFileProblem } from '../owners/owners-file';
import type { CliIo } from './main';
import { ownersUsage } from './messages';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 December 2026", in UTC: the same day wherever the check runs. */
function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function formatAge(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days.toLocaleString('en-US')} days ago`;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

function problemLine(problem: OwnersFileProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** Why a file could not be opened, in one sentence that names it. */
function unreadable(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path}: is a folder, not a file; name the owners.json file in it`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: no permission to read it`;
  return `${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/** Standard input, read only up to one byte over the limit. */
async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    length += buffer.length;
    if (length > MAX_OWNERS_FILE_BYTES) break;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function runOwnersCommand(args: string[], io: CliIo, now: Date = new Date()): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand === '-h' || subcommand === '--help') {
    (subcommand === undefined ? io.stderr : io.stdout)(`${ownersUsage}\n`);
    return subcommand === undefined ? 2 : 0;
  }
  if (subcommand !== 'check') {
    io.stderr(`bounce-doctor: unknown owners command "${subcommand}"\n\n${ownersUsage}\n`);
    return 2;
  }
  const files = rest[0] === '--' ? rest.slice(1) : rest;
  const [path] = files;
  if (path === undefined || files.length !== 1 || (path.startsWith('-') && path !== '-' && rest[0] !== '--')) {
    io.stderr(`bounce-doctor: owners check takes one file, the owners.json to check\n\n${ownersUsage}\n`);
    return 2;
  }

  let bytes: Uint8Array;
  // readOwnersFile refuses bytes over the limit; standard input stops just past it.
  if (path === '-' && rest[0] !== '--') return reportReading(io, 'standard input', await readStandardInput(), now);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // Refuse a huge file before reading it into memory.
    const tooLarge = checkOwnersFileSize(info.size);
    if (tooLarge) return reportProblems(io, path, [tooLarge]);
    bytes = await readFile(path);
  } catch (error) {
    io.stderr(`bounce-doctor: ${unreadable(path, error)}\n`);
    return 2;
  }

  return reportReading(io, path, bytes, now);
}

function reportProblems(io: CliIo, name: string, problems: OwnersFileProblem[]): number {
  io.stdout(problems.map((problem) => `${problemLine(problem)}\n`).join(''));
  const fix = problems.length === 1 ? 'the problem above is' : 'the problems above are';
  io.stderr(`bounce-doctor: ${name} is not a valid owners file; Bounce Doctor would ignore it until ${fix} fixed\n`);
  return 1;
}

function reportReading(io: CliIo, path: string, bytes: Uint8Array, now: Date): number {
  const reading = readOwnersFile(bytes);
  if (!reading.ok) return reportProblems(io, path, reading.problems);
  for (const warning of reading.warnings) io.stderr(`bounce-doctor: warning: ${path}: ${problemLine(warning)}\n`);
  const summary = summarizeOwnersFile(reading.file, now);
  if (reading.file.generatedAt.getTime() - now.getTime() > 24 * 60 * 60 * 1000) {
    io.stderr(`bounce-doctor: warning: ${path}: generated: ${summary.generated} is in the future; check the clock of the computer that made the file\n`);
  }
  io.stdout(
    `${path}: ${plural(summary.groups, 'group', 'groups')}, ${summary.groupsWithoutOwners.toLocaleString('en-US')} without owners, generated ${formatDay(reading.file.generatedAt)} (${formatAge(summary.ageDays)})\n`,
  );
  return 0;
}
