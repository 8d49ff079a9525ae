// The production builds the browser tests run against, both with a sample base URL
// (the page uses relative URLs only, so it is served from loopback as it is) and a
// helpdesk address, so "Send to IT" has somewhere to go:
//   dist/                     without Graph (GRAPH_CLIENT_ID empty unless E2E_GRAPH_CLIENT_ID is set)
//   test-results/dist-graph/  with Graph: GRAPH_CLIENT_ID is test/e2e/graph-support.ts's GRAPH_CLIENT_ID;
//                             jest.e2e.config.cjs hands it to graph.e2e.test.ts and csp.e2e.test.ts
//                             as E2E_GRAPH_DIST (git-ignored, like all of test-results/)
// Every setting is given here: the environment wins over .env, so a developer's .env
// cannot change what the tests see. The two builds run side by side (on two cores about
// 37 s instead of 48 one after the other); the Graph build's output is shown when it ends.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webpack = [join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'];
const settings = {
  ADDIN_BASE_URL: process.env.E2E_ADDIN_BASE_URL ?? 'https://bounce.contoso.com/',
  HELPDESK_EMAIL: process.env.E2E_HELPDESK_EMAIL ?? 'helpdesk@contoso.com',
};
const GRAPH_DIST = join(root, 'test-results', 'dist-graph');
const GRAPH_CLIENT_ID = '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

/**
 * Runs webpack; resolves to its exit code. `quiet`: its output is kept and written out in one piece at the end.
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {boolean} quiet
 * @returns {Promise<number>}
 */
function build(args, env, quiet) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...webpack, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code, signal) => {
      if (quiet) process.stdout.write(output);
      done(code ?? (signal ? 1 : 0));
    });
  });
}

const codes = await Promise.all([
  build([], { ...settings, GRAPH_CLIENT_ID: process.env.E2E_GRAPH_CLIENT_ID ?? '' }, false),
  build(['--output-path', GRAPH_DIST], { ...settings, GRAPH_CLIENT_ID }, true),
]);
if (codes[1] !== 0) console.error(`e2e-build: the Graph build (${GRAPH_DIST}) failed`);
process.exit(codes.find((code) => code !== 0) ?? 0);
