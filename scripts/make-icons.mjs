// Draws the toolbar icon set (one per level, 16/32/48/128 px) as PNGs into icons/.
// Shapes differ per level as well as colours, so the icon reads for colour-blind people too:
// green circle + tick, amber triangle + "!", red circle + cross, grey circle + dash; and "your network"
// (the yellow level's variant: Outlook fails from here while Microsoft and the organisation's other browsers
// are fine) as an amber rounded square with three signal bars, so it never looks like a Microsoft degradation.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const LEVELS = {
  ok: {
    color: [16, 124, 16],
    shape: 'circle',
    glyph: [
      [
        [0.3, 0.52],
        [0.44, 0.66],
      ],
      [
        [0.44, 0.66],
        [0.71, 0.36],
      ],
    ],
  },
  degraded: {
    color: [247, 185, 0],
    shape: 'triangle',
    glyph: [
      [
        [0.5, 0.38],
        [0.5, 0.62],
      ],
      [
        [0.5, 0.76],
        [0.5, 0.77],
      ],
    ],
  },
  outage: {
    color: [197, 15, 31],
    shape: 'circle',
    glyph: [
      [
        [0.34, 0.34],
        [0.66, 0.66],
      ],
      [
        [0.66, 0.34],
        [0.34, 0.66],
      ],
    ],
  },
  network: {
    color: [247, 185, 0],
    shape: 'square',
    glyph: [
      [
        [0.3, 0.72],
        [0.3, 0.6],
      ],
      [
        [0.5, 0.72],
        [0.5, 0.46],
      ],
      [
        [0.7, 0.72],
        [0.7, 0.3],
      ],
    ],
  },
  unknown: {
    color: [110, 110, 110],
    shape: 'circle',
    glyph: [
      [
        [0.32, 0.5],
        [0.68, 0.5],
      ],
    ],
  },
};
const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

function distToSegment(px, py, [[ax, ay], [bx, by]]) {
  const dx = bx - ax,
    dy = by - ay;
  const len2 = dx * dx + dy * dy || 1e-9;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideShape(shape, x, y) {
  if (shape === 'circle') return Math.hypot(x - 0.5, y - 0.5) <= 0.47;
  if (shape === 'square') {
    // Rounded square: corners cut by a circle of radius 0.14.
    const dx = Math.max(0, Math.abs(x - 0.5) - 0.31);
    const dy = Math.max(0, Math.abs(y - 0.5) - 0.31);
    return Math.abs(x - 0.5) <= 0.45 && Math.abs(y - 0.5) <= 0.45 && Math.hypot(dx, dy) <= 0.14;
  }
  // Rounded-ish triangle pointing up.
  const top = 0.06,
    bottom = 0.92;
  if (y < top || y > bottom) return false;
  const half = ((y - top) / (bottom - top)) * 0.47;
  return Math.abs(x - 0.5) <= half;
}

function pixel(level, x, y, size) {
  const { color, shape, glyph } = LEVELS[level];
  const stroke = size <= 16 ? 0.085 : 0.07;
  let cover = 0,
    white = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const px = (x + (sx + 0.5) / SAMPLES) / size;
      const py = (y + (sy + 0.5) / SAMPLES) / size;
      if (!insideShape(shape, px, py)) continue;
      cover++;
      if (glyph.some((seg) => distToSegment(px, py, seg) <= stroke)) white++;
    }
  }
  const n = SAMPLES * SAMPLES;
  if (cover === 0) return [0, 0, 0, 0];
  const w = white / cover;
  return [...color.map((c) => Math.round(c * (1 - w) + 255 * w)), Math.round((cover / n) * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const level of Object.keys(LEVELS)) {
  for (const size of SIZES) {
    const rgba = Buffer.alloc(size * size * 4);
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) rgba.set(pixel(level, x, y, size), (y * size + x) * 4);
    writeFileSync(`icons/${level}-${size}.png`, png(size, rgba));
  }
}
console.log(`wrote ${Object.keys(LEVELS).length * SIZES.length} icons`);
