/**
 * `bounce-doctor diagnose [--json] [--lang en|nl] <file|->…`
 * (and `bounce-doctor owners check <owners.json>`, in ./owners-check.ts)
 *
 * Every input is diagnosed on its own: one that cannot be read is reported on
 * standard error in one line that names it, the others still go through, and
 * the exit status is then 2. A message that is not a bounce is a normal result
 * (exit 0), not an error.
 */
import { diagnose } from '../ndr';
import type { UiLanguage } from '../ndr/types';
import { formatHuman, toRecord, type DiagnosisRecord } from './format';
import { InputError, readInput } from './input';
import { installJoinedBlob } from './joined-blob';
import { usage } from './messages';
import { runOwnersCommand } from './owners-check';

declare const BOUNCE_DOCTOR_VERSION: string | undefined;

interface Options {
  json: boolean;
  lang: UiLanguage;
  inputs: string[];
}

class UsageError extends Error {}

function languageFromEnvironment(env: NodeJS.ProcessEnv): UiLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^nl([_.-]|$)/i.test(locale) ? 'nl' : 'en';
}

export function parseArguments(argv: string[], env: NodeJS.ProcessEnv): Options | 'help' | 'version' {
  const options: Options = { json: false, lang: languageFromEnvironment(env), inputs: [] };
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'diagnose') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  let onlyFiles = false;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] as string;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++index] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'nl') throw new UsageError(`--lang takes en or nl, not "${value ?? ''}"`);
      options.lang = value;
    } else if (arg === '-h' || arg === '--help') {
      return 'help';
    } else {
      throw new UsageError(`unknown option "${arg}"`);
    }
  }
  if (options.inputs.length === 0) throw new UsageError('no input given: name one or more files, or - for standard input');
  return options;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  if (argv[0] === 'owners') return runOwnersCommand(argv.slice(1), io);
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`bounce-doctor: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (options === 'version') {
    io.stdout(`${typeof BOUNCE_DOCTOR_VERSION === 'string' ? BOUNCE_DOCTOR_VERSION : 'development'}\n`);
    return 0;
  }

  let exitCode = 0;
  const records: DiagnosisRecord[] = [];
  for (const input of options.inputs) {
    try {
      const source = await readInput(input);
      const diagnosis = await diagnose(source);
      if (options.json) records.push(toRecord(input, diagnosis));
      else io.stdout(`${formatHuman(input, diagnosis, options.lang)}\n`);
    } catch (error) {
      exitCode = 2;
      const message = error instanceof InputError ? error.message : `${input}: ${error instanceof Error ? error.message : String(error)}`;
      io.stderr(`bounce-doctor: ${message.replace(/\s+/g, ' ')}\n`);
    }
  }
  if (options.json) io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  return exitCode;
}

// Run when executed (the bundled bin), not when imported by the tests.
if (typeof require !== 'undefined' && require.main === module) {
  installJoinedBlob();
  runCli(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bounce-doctor: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
