import { describe, expect, it } from 'vitest';
import { presentOnly } from '../../../electron/core/kernel/db/present-only.js';

describe('presentOnly', () => {
  it('leaves out the fields whose column is NULL and keeps the others as they are', () => {
    const row = { note: null as string | null, recipient: 'Office' as string | null, count: 0 as number | null };
    expect(presentOnly({ note: row.note, recipient: row.recipient, count: row.count })).toEqual({
      recipient: 'Office',
      count: 0,
    });
    expect(Object.keys(presentOnly({ note: row.note }))).toEqual([]);
  });

  it('keeps falsy values that are not null (an empty text, zero, false)', () => {
    expect(presentOnly({ text: '' as string | null, flag: false as boolean | null, n: 0 as number | null })).toEqual({
      text: '',
      flag: false,
      n: 0,
    });
  });

  it('types each key optional and never null, so a domain type with optional fields accepts it', () => {
    const fields: { note?: string } = presentOnly({ note: null as string | null });
    expect('note' in fields).toBe(false);
  });

  it('leaves out an undefined value as well, so an optional input field is never written as undefined', () => {
    const input: { recordedAt?: string; identifiedAt?: string } = { recordedAt: '2026-01-02T03:04:05.000Z' };
    const fields = presentOnly({ recordedAt: input.recordedAt, identifiedAt: input.identifiedAt });
    expect(fields).toEqual({ recordedAt: '2026-01-02T03:04:05.000Z' });
    expect(Object.keys(fields)).toEqual(['recordedAt']);
  });
});
