// Renders the add-in's icons from geometry (scripts/draw-icons.mjs writes them to
// assets/, test/manifest checks that the committed PNGs are what this draws).
//
// The mark: a rounded square in Fluent's brand blue (#0F6CBD) holding a white envelope,
// with a green first-aid badge (the doctor) on its corner. Sizes (docs/platform-notes.md §5;
// https://learn.microsoft.com/javascript/api/manifest/icon): 16, 32 and 80 px for the ribbon button, 64 px IconUrl, 128 px
// HighResolutionIconUrl.
//
// Every pixel is computed: each shape is a signed distance function; pixels on a shape's
// edge are sampled on a grid inside the pixel (anti-aliasing by coverage), and the layers
// are composited "over" each other.
// The shapes are laid out on a 16-unit grid for 16 px (edges on whole pixels, so the
// smallest icon stays crisp) and on a 32-unit grid for the larger sizes.
import { Buffer } from 'node:buffer';
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 32, 64, 80, 128];

const BRAND = hex('#0F6CBD'); // Fluent brand 80
const BRAND_LIGHT = hex('#2886DE'); // Fluent brand 90: the top of the gentle gradient
const WHITE = hex('#FFFFFF');
const GREEN = hex('#107C10'); // Fluent green: with a white cross, the first-aid sign (ISO 7010 E003)

/**
 * Geometry in design units. `grid` is the design's width; a size S draws it scaled by S / grid.
 * Small: edges on whole pixels at 16 px. Large: a rimmed badge and a wider flap.
 */
const DESIGNS = {
  small: {
    grid: 16,
    corner: 3,
    envelope: { x0: 1, y0: 3, x1: 13, y1: 12, r: 1 },
    flap: { width: 1.15, tip: 8 },
    badge: { cx: 11.5, cy: 11.5, r: 4, rim: 0, arm: 2, thickness: 1 },
  },
  large: {
    grid: 32,
    corner: 6,
    envelope: { x0: 4, y0: 7, x1: 25, y1: 23, r: 2 },
    flap: { width: 2, tip: 16 },
    badge: { cx: 23, cy: 23, r: 7, rim: 1.5, arm: 3, thickness: 2 },
  },
};

/** Signed distance from (x, y) to a rounded rectangle (negative inside). */
function roundedRectDistance(x, y, { x0, y0, x1, y1, r }) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from (x, y) to the segment a–b. */
function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/**
 * The layers of one design, bottom to top: each has a signed distance (design units,
 * negative inside) and a colour at a point. Later layers cover earlier ones. Combined
 * shapes use max (intersection, and subtraction as max(a, -b)) and min (union).
 */
function layers(design) {
  const { grid, corner, envelope: env, flap, badge } = design;
  const background = (_x, y) => mix(BRAND_LIGHT, BRAND, y / grid);
  const half = badge.thickness / 2;
  const bar = (hx, hy) => ({ x0: badge.cx - hx, y0: badge.cy - hy, x1: badge.cx + hx, y1: badge.cy + hy, r: 0 });
  const crossDistance = (x, y) => Math.min(roundedRectDistance(x, y, bar(half, badge.arm)), roundedRectDistance(x, y, bar(badge.arm, half)));
  const badgeDistance = (x, y, inset) => Math.hypot(x - badge.cx, y - badge.cy) - (badge.r - inset);
  const tipX = (env.x0 + env.x1) / 2;
  return [
    { distance: (x, y) => roundedRectDistance(x, y, { x0: 0, y0: 0, x1: grid, y1: grid, r: corner }), colour: background },
    { distance: (x, y) => roundedRectDistance(x, y, env), colour: () => WHITE },
    // The flap: a V from the top corners to the middle, drawn in the background colour.
    {
      distance: (x, y) =>
        Math.max(
          roundedRectDistance(x, y, env),
          Math.min(segmentDistance(x, y, env.x0, env.y0, tipX, flap.tip), segmentDistance(x, y, tipX, flap.tip, env.x1, env.y0)) - flap.width / 2,
        ),
      colour: background,
    },
    // The badge: a white rim (none at 16 px, where it would blur), a green disc, a white cross
    // whose edges fall on whole pixels at 16, 32, 64 and 80 px.
    { distance: (x, y) => badgeDistance(x, y, 0), colour: () => WHITE },
    { distance: (x, y) => Math.max(badgeDistance(x, y, badge.rim), -crossDistance(x, y)), colour: () => GREEN },
  ];
}

/** Renders one icon: RGBA bytes, straight (not premultiplied) alpha as PNG wants. */
export function renderIcon(size) {
  const design = size <= 16 ? DESIGNS.small : DESIGNS.large;
  const scale = design.grid / size; // design units per pixel
  const reach = (scale * Math.SQRT2) / 2; // from a pixel's centre to its corners
  const samples = size <= 32 ? 16 : 8; // per axis, for pixels on an edge
  const stack = layers(design);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Composite premultiplied colour over the layers below, layer by layer.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of stack) {
        const [coverage, colour] = cover(layer, px, py, scale, reach, samples);
        if (coverage === 0) continue;
        // Premultiplied "over": the layer's average colour times its coverage on top.
        r = colour[0] * coverage + r * (1 - coverage);
        g = colour[1] * coverage + g * (1 - coverage);
        b = colour[2] * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const i = (py * size + px) * 4;
      rgba[i] = a > 0 ? Math.round(r / a) : 0;
      rgba[i + 1] = a > 0 ? Math.round(g / a) : 0;
      rgba[i + 2] = a > 0 ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

/**
 * How much of pixel (px, py) a layer covers, and its average colour there. A pixel whose
 * centre is further from the edge than its corners are is wholly in or out; only pixels
 * on an edge are sampled on a grid (anti-aliasing by coverage).
 */
function cover(layer, px, py, scale, reach, samples) {
  const cx = (px + 0.5) * scale;
  const cy = (py + 0.5) * scale;
  const d = layer.distance(cx, cy);
  if (d > reach) return [0, undefined];
  if (d < -reach) return [1, layer.colour(cx, cy)];
  let covered = 0;
  const sum = [0, 0, 0];
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples) * scale;
      const y = (py + (sy + 0.5) / samples) * scale;
      if (layer.distance(x, y) <= 0) {
        const c = layer.colour(x, y);
        sum[0] += c[0];
        sum[1] += c[1];
        sum[2] += c[2];
        covered++;
      }
    }
  }
  if (covered === 0) return [0, undefined];
  return [covered / (samples * samples), sum.map((v) => v / covered)];
}

/** Encodes RGBA bytes of a square icon as a PNG file's contents. */
export function encodePng(size, rgba) {
  const png = new PNG({ width: size, height: size });
  rgba.copy(png.data);
  return PNG.sync.write(png, { colorType: 6 });
}

function hex(value) {
  return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
}

function mix(from, to, t) {
  const k = Math.max(0, Math.min(1, t));
  return from.map((c, i) => c + (to[i] - c) * k);
}
