import { rgb, type RGB } from 'pdf-lib';

/** A colour of letter-style.ts ("1A1C21") as pdf-lib draws it. */
export const hex = (value: string): RGB =>
  rgb(
    parseInt(value.slice(0, 2), 16) / 255,
    parseInt(value.slice(2, 4), 16) / 255,
    parseInt(value.slice(4, 6), 16) / 255,
  );
