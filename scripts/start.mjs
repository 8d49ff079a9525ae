// `npm start`: the dev server on https://localhost:3000, and how to open the add-in.
//
// Windows: office-addin-debugging starts `npm run dev-server` and sideloads manifest.xml
// into Outlook on the desktop. It is fetched on demand (npx), not a dependency: it pulls
// keytar, which does not build everywhere. Its Outlook sideloading is Windows-only and
// needs a Microsoft 365 sign-in (docs/platform-notes.md §6).
//
// Elsewhere: the dev server runs here in the foreground (Ctrl+C or `npm stop` ends it),
// and we print how to sideload in Outlook on the web; the stand-alone page needs no Outlook.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isOurDevServer, readPids, removePids, repoRoot, writePids } from './dev-server-pid.mjs';

const manifest = join(repoRoot, 'manifest.xml');

if (process.platform === 'win32') {
  const debugging = spawn('npx', ['--yes', 'office-addin-debugging@7', 'start', 'manifest.xml'], { cwd: repoRoot, stdio: 'inherit', shell: true });
  debugging.on('exit', (code) => process.exit(code ?? 1));
} else {
  const running = readPids();
  if (running && isOurDevServer(running.server)) {
    console.error(`The dev server is already running (pid ${running.server}). Stop it with \`npm stop\`, or open https://localhost:3000/taskpane.html.`);
    process.exit(1);
  }
  if ((await answers('https')) || (await answers('http'))) {
    console.error('Something else already serves localhost:3000; stop it first (the dev server needs that port: the manifest points there).');
    process.exit(1);
  }

  const webpackCli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: repoRoot, stdio: 'inherit' });
  writePids({ server: /** @type {number} */ (server.pid), start: process.pid });

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => server.kill('SIGTERM'));
  }
  server.on('exit', (code, signal) => {
    removePids();
    process.exit(code ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1));
  });

  const scheme = await waitForPage();
  if (scheme) printHowToOpen(scheme);
}

/** Waits until the dev server answers for the page (after the first compilation); https, or http in its fallback. */
async function waitForPage() {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    for (const scheme of ['https', 'http']) {
      if (await answers(scheme)) return scheme;
    }
    await sleep(500);
  }
  console.error('The dev server did not answer on port 3000 within 3 minutes; see its output above.');
  return undefined;
}

/** @param {string} scheme */
function answers(scheme) {
  const request = scheme === 'https' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    // The certificate may not be trusted here (scripts/dev-certs.mjs); we only ask whether the page is served.
    const req = request(`${scheme}://localhost:3000/taskpane.html`, { method: 'HEAD', rejectUnauthorized: false, timeout: 60_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** @param {string} scheme */
function printHowToOpen(scheme) {
  const page = `${scheme}://localhost:3000/taskpane.html`;
  console.log(
    [
      '',
      `Bounce Doctor is running: ${page}`,
      `  In any browser: open ${page} and paste or drop a bounce, or pick a sample.`,
      '  In Outlook on the web: open https://aka.ms/olksideload, then My add-ins > Add a custom add-in >',
      `    Add from file..., and choose ${manifest}`,
      '    Then select a bounce and click Diagnose bounce on the ribbon.',
      ...(scheme === 'http' ? ['  (Outlook loads add-ins over https only: see the dev-server note above.)'] : []),
      '  Stop: Ctrl+C here, or `npm stop` in another terminal.',
      '',
    ].join('\n'),
  );
}
