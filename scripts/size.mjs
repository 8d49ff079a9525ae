// npm run size [-- <build dir>]: the size of every script of a build (default dist/; build
// it first with npm run build), raw and gzipped at level 9, and what the page downloads at
// first: the scripts taskpane.html loads. The other chunks are fetched only when needed:
// graph and msal with Microsoft Graph, samples for the stand-alone page's gallery.
// Measure the production build: the development one is unminified.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const page = join(dir, 'taskpane.html');
if (!existsSync(page) || !existsSync(join(dir, 'js'))) {
  console.error(`size: ${relative(process.cwd(), page) || page} or its js/ is missing: build first (npm run build)`);
  process.exit(1);
}

const html = readFileSync(page, 'utf8');
// taskpane.html is minified: an attribute value may come without quotes.
const atStart = new Set(
  [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => src.startsWith('js/')),
);
const rows = readdirSync(join(dir, 'js'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const bytes = readFileSync(join(dir, 'js', file));
    return { file: `js/${file}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => Number(atStart.has(b.file)) - Number(atStart.has(a.file)) || b.raw - a.raw);

const width = Math.max(...rows.map((row) => row.file.length), 'first load'.length);
/** @type {(name: string, raw: string | number, gzip: string | number, note?: string) => void} */
const line = (name, raw, gzip, note = '') => console.log(`${name.padEnd(width)}  ${String(raw).padStart(9)}  ${String(gzip).padStart(9)}${note ? `  ${note}` : ''}`);
line('', 'raw', 'gzip -9');
for (const row of rows) line(row.file, row.raw, row.gzip, atStart.has(row.file) ? 'loaded by taskpane.html' : 'on demand');
const first = rows.filter((row) => atStart.has(row.file));
line('first load', first.reduce((sum, row) => sum + row.raw, 0), first.reduce((sum, row) => sum + row.gzip, 0));
