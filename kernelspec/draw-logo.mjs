// Draws golesson's logo (a gopher-like face on Go blue) as SVG and as 32x32 and 64x64 PNGs, from
// one list of shapes; the PNGs are rasterised here with 4x4 supersampling and encoded with a tiny
// PNG writer (zlib for IDAT). Run: node kernelspec/draw-logo.mjs  (writes the three files beside it).
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

// Shapes in a unit square, painted in order.
const shapes = [
  { kind: 'rrect', x: 0, y: 0, w: 1, h: 1, r: 0.22, fill: '#00ADD8' },
  { kind: 'ellipse', cx: 0.31, cy: 0.4, rx: 0.17, ry: 0.17, fill: '#FFFFFF' },
  { kind: 'ellipse', cx: 0.69, cy: 0.4, rx: 0.17, ry: 0.17, fill: '#FFFFFF' },
  { kind: 'ellipse', cx: 0.35, cy: 0.42, rx: 0.075, ry: 0.075, fill: '#1E2A32' },
  { kind: 'ellipse', cx: 0.73, cy: 0.42, rx: 0.075, ry: 0.075, fill: '#1E2A32' },
  { kind: 'ellipse', cx: 0.5, cy: 0.68, rx: 0.15, ry: 0.1, fill: '#F6D2A2' },
  { kind: 'rrect', x: 0.455, y: 0.72, w: 0.09, h: 0.1, r: 0.015, fill: '#FFFFFF' },
  { kind: 'ellipse', cx: 0.5, cy: 0.63, rx: 0.06, ry: 0.04, fill: '#1E2A32' },
];

function inside(s, x, y) {
  if (s.kind === 'ellipse') return ((x - s.cx) / s.rx) ** 2 + ((y - s.cy) / s.ry) ** 2 <= 1;
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  const dx = Math.max(s.x + s.r - x, 0, x - (s.x + s.w - s.r));
  const dy = Math.max(s.y + s.r - y, 0, y - (s.y + s.h - s.r));
  return dx * dx + dy * dy <= s.r * s.r;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function raster(size) {
  const ss = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (pxl + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c = null;
          for (const s of shapes) if (inside(s, x, y)) c = rgb(s.fill);
          if (c) {
            r += c[0]; g += c[1]; b += c[2]; a += 1;
          }
        }
      }
      const o = (py * size + pxl) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a); px[o + 1] = Math.round(g / a); px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return px;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function png(size) {
  const px = raster(size);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function svg() {
  const n = (v) => +(v * 64).toFixed(2);
  const body = shapes.map((s) =>
    s.kind === 'ellipse'
      ? `  <ellipse cx="${n(s.cx)}" cy="${n(s.cy)}" rx="${n(s.rx)}" ry="${n(s.ry)}" fill="${s.fill}"/>`
      : `  <rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" rx="${n(s.r)}" fill="${s.fill}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">\n  <title>golesson</title>\n${body.join('\n')}\n</svg>\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('.', import.meta.url);
  writeFileSync(new URL('logo-32x32.png', dir), png(32));
  writeFileSync(new URL('logo-64x64.png', dir), png(64));
  writeFileSync(new URL('logo-svg.svg', dir), svg());
}
