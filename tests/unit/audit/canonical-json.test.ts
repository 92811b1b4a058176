import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/core/kernel/audit/canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text for the same value whatever the key order, and survives a JSON round trip', () => {
    const value = { reason: 'Témoin « clé »\n', to: 'closed_other', n: -0.5, list: ['é', 'e\u0301'] };
    const reordered = { list: ['é', 'e\u0301'], n: -0.5, to: 'closed_other', reason: 'Témoin « clé »\n' };
    expect(canonicalJson(value)).toBe(canonicalJson(reordered));
    expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
  });

  it('leaves out undefined members, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });

  it('refuses what JSON cannot hold faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson({ b: 1n })).toThrow(TypeError);
    expect(() => canonicalJson([() => 1])).toThrow(TypeError);
  });
});
