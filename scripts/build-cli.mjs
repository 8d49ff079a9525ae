// Bundles the command line (src/cli/main.ts) into one CommonJS file with a shebang,
// so `bounce-doctor` / `npx bounce-doctor` run on plain Node 20 without a TypeScript loader.
// Runs on `npm ci`/`npm install` through the `prepare` script.
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';

const entry = 'src/cli/main.ts';
const outfile = 'dist/cli/bounce-doctor.cjs';

if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} does not exist yet, nothing to build`);
} else {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    define: { BOUNCE_DOCTOR_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
}
