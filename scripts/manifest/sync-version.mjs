// npm's `version` lifecycle script (package.json "version"): `npm version minor` bumps
// package.json, then runs this, which sets manifest.xml's <Version> to the new X.Y.Z.0 and
// stages it, so the version commit npm makes carries both. The production manifest takes
// its <Version> from package.json at build time anyway (scripts/manifest/stamp.mjs); this
// keeps the development manifest (the one `npm start` sideloads) in step, and
// test/manifest fails when the two drift apart (after a hand edit of package.json: run
// `node scripts/manifest/sync-version.mjs`).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setManifestVersion } from './stamp.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
const file = join(repoRoot, 'manifest.xml');
const before = readFileSync(file, 'utf8');
const after = setManifestVersion(before, version);
if (after !== before) writeFileSync(file, after);
console.log(`manifest.xml: <Version>${version}.0</Version>`);

// Inside `npm version` in a git work tree: stage it for npm's commit (not with --no-git-tag-version).
if (process.env.npm_lifecycle_event === 'version' && process.env.npm_config_git_tag_version !== 'false') {
  const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot, encoding: 'utf8' });
  if (inside.status === 0 && inside.stdout.trim() === 'true') {
    const add = spawnSync('git', ['add', 'manifest.xml'], { cwd: repoRoot, stdio: 'inherit' });
    if (add.status !== 0) process.exit(add.status ?? 1);
  }
}
