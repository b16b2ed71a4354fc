#!/usr/bin/env node
// Draws the toolbar and store icons (a page with plain lines on a blue tile) as PNGs in
// public/icons. Run by hand when the design changes; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [29, 78, 216, 255];
const WHITE = [255, 255, 255, 255];
const INK = [30, 41, 59, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function icon(x, y, s) {
  const u = (v) => v * s;
  if (!inRoundRect(x, y, 0, 0, s, s, u(0.2))) return CLEAR;
  if (inRoundRect(x, y, u(0.24), u(0.14), u(0.76), u(0.86), u(0.05))) {
    // three lines of text on the page, the last one short
    for (const [ly, lw] of [[0.34, 0.4], [0.5, 0.4], [0.66, 0.24]]) {
      if (y >= u(ly - 0.045) && y <= u(ly + 0.045) && x >= u(0.33) && x <= u(0.33 + lw)) return INK;
    }
    return WHITE;
  }
  return BLUE;
}
mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size, icon));
console.log('icons written to public/icons');
