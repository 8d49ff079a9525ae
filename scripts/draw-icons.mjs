// Draws the add-in's icons into assets/icon-<size>.png: `node scripts/draw-icons.mjs`.
// The drawing itself (geometry, colours, anti-aliasing) is in scripts/icons/render.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';
import { ICON_SIZES, encodePng, renderIcon } from './icons/render.mjs';

const assets = fileURLToPath(new URL('../assets/', import.meta.url));
mkdirSync(assets, { recursive: true });
for (const size of ICON_SIZES) {
  const file = `${assets}icon-${size}.png`;
  writeFileSync(file, encodePng(size, renderIcon(size)));
  console.log(`wrote assets/icon-${size}.png`);
}
