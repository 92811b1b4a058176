#!/usr/bin/env node
// Draws the app icon (a white case folder with a padlock on a dark blue rounded square) into
// build/resources/icon.png, 1024×1024, from which electron-builder derives .ico and .icns.
// Plain Node, no image library: shapes are sampled 4×4 per pixel for smooth edges.
//   node build/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const BACKGROUND = [31, 58, 95];
const FOLDER = [255, 255, 255];
const LOCK = [31, 58, 95];

const inRoundedRect = (x, y, left, top, right, bottom, radius) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

/** The colour at a point in unit coordinates (0..1), or null for transparent. */
function colourAt(u, v) {
  if (!inRoundedRect(u, v, 0.04, 0.04, 0.96, 0.96, 0.18)) return null;
  const shackleOuter = (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.085 ** 2 && v <= 0.5;
  const shackleInner = (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.05 ** 2;
  const lockBody = inRoundedRect(u, v, 0.385, 0.5, 0.615, 0.68, 0.02);
  const keyhole =
    (u - 0.5) ** 2 + (v - 0.575) ** 2 <= 0.022 ** 2 || (Math.abs(u - 0.5) <= 0.01 && v >= 0.575 && v <= 0.64);
  if ((lockBody && !keyhole) || (shackleOuter && !shackleInner && v >= 0.415)) return LOCK;
  const folderTab = inRoundedRect(u, v, 0.2, 0.24, 0.46, 0.36, 0.03);
  const folderBody = inRoundedRect(u, v, 0.2, 0.3, 0.8, 0.76, 0.04);
  if (folderTab || folderBody) return FOLDER;
  return BACKGROUND;
}

function render() {
  const samples = 4;
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y += 1) {
    const rowStart = y * (SIZE * 4 + 1);
    rows[rowStart] = 0; // PNG filter: none
    for (let x = 0; x < SIZE; x += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt((x + (sx + 0.5) / samples) / SIZE, (y + (sy + 0.5) / samples) / SIZE);
          if (colour === null) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = rowStart + 1 + x * 4;
      for (let c = 0; c < 3; c += 1) rows[offset + c] = covered === 0 ? 0 : Math.round(sum[c] / covered);
      rows[offset + 3] = Math.round(sum[3] / samples ** 2);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'resources', 'icon.png');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`icon: ${path.relative(process.cwd(), out)} (${SIZE}×${SIZE}, ${(png.length / 1024).toFixed(0)} KiB)`);
