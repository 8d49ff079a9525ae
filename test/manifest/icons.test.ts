/**
 * The icons in assets/ are the ones scripts/draw-icons.mjs draws, at exactly the pixel
 * sizes the manifest declares (docs/platform-notes.md §5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ICON_SIZES, renderIcon } from '../../scripts/icons/render.mjs';
import { repoRoot } from './fixtures';

describe.each(ICON_SIZES.map((size) => [size]))('assets/icon-%i.png', (size) => {
  const png = PNG.sync.read(readFileSync(join(repoRoot, 'assets', `icon-${size}.png`)));
  const alphaAt = (x: number, y: number) => png.data[(y * size + x) * 4 + 3];

  it('is a square PNG of the declared size', () => {
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it('is what scripts/draw-icons.mjs draws (run it after changing the drawing)', () => {
    expect(Buffer.compare(png.data, renderIcon(size))).toBe(0);
  });

  it('has rounded, see-through corners and an opaque middle', () => {
    expect(alphaAt(0, 0)).toBeLessThan(64);
    expect(alphaAt(size - 1, size - 1)).toBeLessThan(64);
    expect(alphaAt(size >> 1, size >> 1)).toBe(255);
  });
});

it('draws the sizes the manifest needs: 16, 32, 80 (button), 64 (IconUrl), 128 (high resolution)', () => {
  expect([...ICON_SIZES].sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
});
