import { crc32, deflateSync } from 'node:zlib';
import { EMBLEM_BOX, EMBLEM_COLOR, emblemPolygons, emblemSvg, type Polygon } from '../pdf/emblem.js';

/**
 * The letterhead emblem for Word: the SVG (sharp at any size), and the PNG Word asks for beside
 * it (older Word and other readers show that one), rasterised here from the same outlines.
 */

const SIZE = 256;
const SUBSAMPLES = 4;

/** Coverage (0..1) of each pixel by the polygons, non-zero winding, anti-aliased. */
function rasterize(polygons: readonly Polygon[], size: number): Float32Array {
  const coverage = new Float32Array(size * size);
  const scale = size / EMBLEM_BOX;
  const edges = polygons.flatMap((polygon) =>
    polygon.map((point, index) => {
      const next = polygon[(index + 1) % polygon.length]!;
      return { x1: point[0] * scale, y1: point[1] * scale, x2: next[0] * scale, y2: next[1] * scale };
    }),
  );
  const crossings: { x: number; winding: number }[] = [];
  for (let row = 0; row < size; row++) {
    for (let sub = 0; sub < SUBSAMPLES; sub++) {
      const y = row + (sub + 0.5) / SUBSAMPLES;
      crossings.length = 0;
      for (const { x1, y1, x2, y2 } of edges) {
        if (y1 === y2 || y < Math.min(y1, y2) || y >= Math.max(y1, y2)) continue;
        crossings.push({ x: x1 + ((y - y1) / (y2 - y1)) * (x2 - x1), winding: y2 > y1 ? 1 : -1 });
      }
      crossings.sort((a, b) => a.x - b.x);
      let winding = 0;
      for (let i = 0; i < crossings.length - 1; i++) {
        winding += crossings[i]!.winding;
        if (winding === 0) continue;
        addSpan(coverage, row * size, size, crossings[i]!.x, crossings[i + 1]!.x, 1 / SUBSAMPLES);
      }
    }
  }
  return coverage;
}

/** Adds `weight` × the part of each pixel of one row that the span [from, to) covers. */
function addSpan(
  coverage: Float32Array,
  rowStart: number,
  size: number,
  from: number,
  to: number,
  weight: number,
): void {
  const start = Math.max(0, from);
  const end = Math.min(size, to);
  for (let px = Math.floor(start); px < end; px++) {
    const covered = Math.min(end, px + 1) - Math.max(start, px);
    if (covered > 0) coverage[rowStart + px]! += covered * weight;
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function encodePng(coverage: Float32Array, size: number): Buffer {
  const { r, g, b } = EMBLEM_COLOR;
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const rowStart = y * (1 + size * 4);
    raw[rowStart] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const at = rowStart + 1 + x * 4;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
      raw[at + 3] = Math.round(Math.min(1, coverage[y * size + x]!) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let cached: { svg: Buffer; png: Buffer } | undefined;

/** The emblem as SVG and PNG (made once). */
export function emblemImages(): { svg: Buffer; png: Buffer } {
  cached ??= { svg: Buffer.from(emblemSvg(), 'utf8'), png: encodePng(rasterize(emblemPolygons(), SIZE), SIZE) };
  return cached;
}
