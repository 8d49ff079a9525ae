// `npm stop`: ends what `npm start` started. On Windows that is office-addin-debugging's
// (it stops the dev server and removes the sideloaded add-in); elsewhere, the dev server
// named in the pid file, and only if that process still is our dev server.
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { isOurDevServer, readPids, removePids, repoRoot } from './dev-server-pid.mjs';

if (process.platform === 'win32') {
  const result = spawnSync('npx', ['--yes', 'office-addin-debugging@7', 'stop', 'manifest.xml'], { cwd: repoRoot, stdio: 'inherit', shell: true });
  process.exit(result.status ?? 1);
}

const pids = readPids();
if (!pids) {
  console.log('Nothing to stop: no dev server started by `npm start` is recorded.');
  process.exit(0);
}
if (!isOurDevServer(pids.server)) {
  removePids();
  console.log(`Nothing to stop: the dev server (pid ${pids.server}) is no longer running.`);
  process.exit(0);
}

process.kill(pids.server, 'SIGTERM');
const deadline = Date.now() + 10_000;
while (isOurDevServer(pids.server) && Date.now() < deadline) {
  await sleep(200);
}
if (isOurDevServer(pids.server)) {
  process.kill(pids.server, 'SIGKILL');
  console.log(`The dev server (pid ${pids.server}) did not stop within 10 s and was killed.`);
} else {
  console.log(`Stopped the dev server (pid ${pids.server}).`);
}
// `npm start` removes the file when its server exits; if `npm start` itself is gone, we do.
removePids();
