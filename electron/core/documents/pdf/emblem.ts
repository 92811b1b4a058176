/**
 * The letterhead mark: a drawn emblem in the manner of the United Nations emblem (a polar grid
 * of the globe inside two olive branches), as plain geometry so that the PDF (vector) and the
 * DOCX (SVG with a PNG fallback) show the same figure. A mission with the official artwork can
 * replace this geometry; nothing else depends on its shape.
 */

export type Point = readonly [number, number];
/** A closed outline. Filled shapes wind counter-clockwise, holes clockwise (non-zero rule). */
export type Polygon = readonly Point[];

/** The emblem's box: 100 × 100 units, y pointing down (SVG convention). */
export const EMBLEM_BOX = 100;
/** UN blue. */
export const EMBLEM_COLOR = { r: 0, g: 158, b: 219 } as const;

const CX = 50;
const CY = 47;
const TAU = Math.PI * 2;

function signedArea(polygon: Polygon): number {
  let area = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % polygon.length]!;
    area += x1 * y2 - x2 * y1;
  }
  return area / 2;
}

/** The polygon wound as a filled shape (`hole` false) or a hole (`hole` true). */
function wound(polygon: Polygon, hole = false): Polygon {
  return signedArea(polygon) > 0 !== hole ? polygon : [...polygon].reverse();
}

function circle(radius: number, steps = 96): Point[] {
  return Array.from({ length: steps }, (_, i): Point => [
    CX + radius * Math.cos((i / steps) * TAU),
    CY + radius * Math.sin((i / steps) * TAU),
  ]);
}

function ring(outer: number, inner: number): Polygon[] {
  return [wound(circle(outer)), wound(circle(inner), true)];
}

/** A straight stroke as a thin rectangle. */
function stroke(from: Point, to: Point, width: number): Polygon {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy);
  const nx = (-dy / length) * (width / 2);
  const ny = (dx / length) * (width / 2);
  return wound([
    [from[0] + nx, from[1] + ny],
    [to[0] + nx, to[1] + ny],
    [to[0] - nx, to[1] - ny],
    [from[0] - nx, from[1] - ny],
  ]);
}

/** A point of a branch: `phi` 0 at the bottom of the globe, π at its top; `side` -1 left, 1 right. */
function onBranch(radius: number, phi: number, side: -1 | 1): Point {
  return [CX + side * radius * Math.sin(phi), CY + radius * Math.cos(phi)];
}

/** An olive leaf: a pointed lens from `base`, `length` long, pointing at `angle` (radians). */
function leaf(base: Point, angle: number, length: number, width: number): Polygon {
  const steps = 10;
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const side = (sign: 1 | -1) =>
    Array.from({ length: steps + 1 }, (_, i): Point => {
      const t = i / steps;
      const half = (width / 2) * Math.sin(Math.PI * t) * sign;
      return [base[0] + ux * length * t - uy * half, base[1] + uy * length * t + ux * half];
    });
  return wound([...side(1), ...side(-1).reverse().slice(1, -1)]);
}

function branch(side: -1 | 1): Polygon[] {
  const radius = 38.5;
  const shapes: Polygon[] = [];
  const first = -0.22;
  const last = 2.72;
  const segments = 28;
  for (let i = 0; i < segments; i++) {
    const a = first + ((last - first) * i) / segments;
    const b = first + ((last - first) * (i + 1)) / segments;
    shapes.push(stroke(onBranch(radius, a, side), onBranch(radius, b, side), 1.5));
  }
  const leaves = 9;
  for (let k = 0; k < leaves; k++) {
    const phi = 0.34 + k * 0.27;
    const base = onBranch(radius, phi, side);
    const ahead = onBranch(radius, phi + 0.05, side);
    const tangent = Math.atan2(ahead[1] - base[1], ahead[0] - base[0]);
    const spread = 0.62 * side;
    shapes.push(leaf(base, tangent - spread, 9.5, 3.6), leaf(base, tangent + spread * 0.55, 8.5, 3.4));
  }
  const tip = onBranch(radius, last, side);
  const beforeTip = onBranch(radius, last - 0.05, side);
  shapes.push(leaf(tip, Math.atan2(tip[1] - beforeTip[1], tip[0] - beforeTip[0]), 8, 3.2));
  return shapes;
}

let cached: readonly Polygon[] | undefined;

/** The emblem's outlines. */
export function emblemPolygons(): readonly Polygon[] {
  if (!cached) {
    const globe = 30;
    const shapes: Polygon[] = [...ring(globe, globe - 1.7)];
    for (const radius of [22.5, 15, 7.5]) shapes.push(...ring(radius + 0.5, radius - 0.5));
    for (let k = 0; k < 8; k++) {
      const angle = (k / 8) * TAU;
      shapes.push(stroke([CX, CY], [CX + (globe - 1) * Math.cos(angle), CY + (globe - 1) * Math.sin(angle)], 1));
    }
    shapes.push(...branch(-1), ...branch(1));
    cached = shapes;
  }
  return cached;
}

/** The emblem as an SVG path (`d`), for pdf-lib's drawSvgPath and the DOCX SVG image. */
export function emblemPath(): string {
  const n = (value: number) => value.toFixed(2);
  return emblemPolygons()
    .map((polygon) => `M${polygon.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}Z`)
    .join('');
}

/** A standalone SVG document of the emblem. */
export function emblemSvg(): string {
  const { r, g, b } = EMBLEM_COLOR;
  const color = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${EMBLEM_BOX} ` +
    `${EMBLEM_BOX}" width="${EMBLEM_BOX}" height="${EMBLEM_BOX}"><path ` +
    `fill="${color}" fill-rule="nonzero" d="${emblemPath()}"/></svg>`
  );
}
