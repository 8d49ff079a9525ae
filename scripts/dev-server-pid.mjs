// The pid file through which `npm stop` finds what `npm start` started. It lives under
// node_modules/.cache (ignored by git, gone with a fresh `npm ci`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const pidFile = join(repoRoot, 'node_modules', '.cache', 'bounce-doctor', 'dev-server.json');

/** @param {{ server: number, start: number }} pids */
export function writePids(pids) {
  mkdirSync(dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, `${JSON.stringify(pids)}\n`);
}

/** @returns {{ server: number, start: number } | undefined} */
export function readPids() {
  try {
    const pids = JSON.parse(readFileSync(pidFile, 'utf8'));
    return Number.isInteger(pids.server) && Number.isInteger(pids.start) ? pids : undefined;
  } catch {
    return undefined;
  }
}

export function removePids() {
  rmSync(pidFile, { force: true });
}

/**
 * Whether `pid` is still our dev server: alive, and running webpack (webpack-cli renames its
 * process to "webpack"). A pid file left by a crash or a reboot may name a process that has
 * nothing to do with us.
 * @param {number} pid
 */
export function isOurDevServer(pid) {
  try {
    const command = execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return /webpack/.test(command);
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}
