/**
 * `bounce-doctor diagnose [--json] [--lang en|nl] [--timeout <seconds>] <file|->…`
 * (and `bounce-doctor owners check <owners.json>`, in ./owners-check.ts)
 *
 * Every input is diagnosed on its own: one that cannot be read (or not within
 * the `--timeout` budget) is reported on standard error in one line that names
 * it, the others still go through, and the exit status is then 2. A message
 * that is not a bounce is a normal result (exit 0), not an error.
 */
import { isPlainAddress, type UiLanguage } from '../ndr';
import type { DiagnosisRecord } from './format';
import { EngineThread, EngineTimeout, diagnoseForPrinting, serveEngineJobs, type EngineOutput } from './engine-thread';
import { InputError, readInput } from './input';
import { installJoinedBlob } from './joined-blob';
import { usage } from './messages';
import { runOwnersCommand } from './owners-check';

declare const BOUNCE_DOCTOR_VERSION: string | undefined;

interface Options {
  json: boolean;
  lang: UiLanguage;
  /** The time budget per input, in seconds. */
  timeout: number;
  /**
   * The address of the person whose bounces these are (`--user`): their domain is their own
   * organisation's, for the authenticity check (a sender or Reply-To imitating it) and for
   * look-alike addresses. Without it those checks have no organisation to compare with.
   */
  user?: string;
  inputs: string[];
}

/** Seconds an input may take by default: real bounces take milliseconds, hostile ones are cut off. */
export const DEFAULT_TIMEOUT_SECONDS = 10;

class UsageError extends Error {}

function languageFromEnvironment(env: NodeJS.ProcessEnv): UiLanguage {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^nl([_.-]|$)/i.test(locale) ? 'nl' : 'en';
}

export function parseArguments(argv: string[], env: NodeJS.ProcessEnv): Options | 'help' | 'version' {
  const options: Options = { json: false, lang: languageFromEnvironment(env), timeout: DEFAULT_TIMEOUT_SECONDS, inputs: [] };
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
    } else if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      const value = arg === '--timeout' ? rest[++index] : arg.slice('--timeout='.length);
      const seconds = Number(value);
      if (!value || !Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout takes a number of seconds above 0, not "${value ?? ''}"`);
      options.timeout = seconds;
    } else if (arg === '--user' || arg.startsWith('--user=')) {
      const value = (arg === '--user' ? rest[++index] : arg.slice('--user='.length))?.trim();
      if (!isPlainAddress(value)) throw new UsageError(`--user takes an email address, not "${value ?? ''}"`);
      options.user = value;
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

export interface CliRuntime {
  /** The bundled bin: inputs then run in a worker thread of it, under the `--timeout` budget. */
  engineScript?: string;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv, io: CliIo, runtime: CliRuntime = {}): Promise<number> {
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
  const thread = runtime.engineScript ? new EngineThread(runtime.engineScript) : undefined;
  const { lang, timeout } = options;
  const diagnoseOptions = options.user ? { userAddress: options.user } : {};
  for (const input of options.inputs) {
    try {
      const source = await readInput(input);
      const output: EngineOutput = thread
        ? await thread.run(input, source, lang, timeout * 1000, diagnoseOptions)
        : await diagnoseForPrinting(input, source, lang, diagnoseOptions);
      if (options.json) records.push(output.record);
      else io.stdout(`${output.human}\n`);
    } catch (error) {
      exitCode = 2;
      const message = error instanceof InputError || error instanceof EngineTimeout ? error.message : `${input}: ${error instanceof Error ? error.message : String(error)}`;
      io.stderr(`bounce-doctor: ${message.replace(/\s+/g, ' ')}\n`);
    }
  }
  await thread?.close();
  if (options.json) io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  return exitCode;
}

// Run when executed (the bundled bin), not when imported by the tests.
// In a worker thread of the bin, serve the engine instead (engine-thread.ts).
if (typeof require !== 'undefined' && !serveEngineJobs() && require.main === module) {
  installJoinedBlob();
  runCli(
    process.argv.slice(2),
    process.env,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    },
    { engineScript: __filename },
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bounce-doctor: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
