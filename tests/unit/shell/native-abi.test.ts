import { describe, expect, it } from 'vitest';
import {
  abiFromBinary,
  abiFromLoadError,
  decideNativeBuild,
  parseStamp,
  type RuntimeTarget,
} from '../../../build/native-abi.mjs';

const node20: RuntimeTarget = { runtime: 'node', version: '20.20.2', abi: 115 };
const electron45: RuntimeTarget = { runtime: 'electron', version: '45.5.0', abi: 150 };

describe('decideNativeBuild', () => {
  it('keeps a binary whose ABI and stamp match the target', () => {
    expect(decideNativeBuild({ stamp: node20, binaryAbi: 115, target: node20 })).toBe('ok');
    expect(decideNativeBuild({ stamp: electron45, binaryAbi: 150, target: electron45 })).toBe('ok');
  });

  it('keeps an unstamped binary that has the right ABI (the stamp is then written)', () => {
    expect(decideNativeBuild({ stamp: null, binaryAbi: 115, target: node20 })).toBe('ok');
  });

  it('keeps the binary across versions that share the ABI', () => {
    expect(decideNativeBuild({ stamp: { ...electron45, version: '45.4.1' }, binaryAbi: 150, target: electron45 })).toBe(
      'ok',
    );
  });

  it('rebuilds when switching runtime', () => {
    expect(decideNativeBuild({ stamp: node20, binaryAbi: 115, target: electron45 })).toBe('rebuild');
    expect(decideNativeBuild({ stamp: electron45, binaryAbi: 150, target: node20 })).toBe('rebuild');
  });

  it('rebuilds when the binary contradicts the stamp (the nodedir trap: "electron" build with Node ABI)', () => {
    expect(decideNativeBuild({ stamp: electron45, binaryAbi: 115, target: electron45 })).toBe('rebuild');
  });

  it('rebuilds when the stamp names the other runtime, even if the ABI number matches', () => {
    expect(decideNativeBuild({ stamp: { ...electron45, runtime: 'node' }, binaryAbi: 150, target: electron45 })).toBe(
      'rebuild',
    );
  });

  it('rebuilds when the binary is missing or unreadable', () => {
    expect(decideNativeBuild({ stamp: node20, binaryAbi: null, target: node20 })).toBe('rebuild');
    expect(decideNativeBuild({ stamp: null, binaryAbi: null, target: electron45 })).toBe('rebuild');
  });
});

describe('reading the ABI', () => {
  const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

  it('finds the module registration symbol (ELF, Mach-O underscore, PE alike)', () => {
    expect(abiFromBinary(bytes('\x7fELF\0\0..\0node_register_module_v115\0napi_module_register\0'))).toBe(115);
    expect(abiFromBinary(bytes('\xcf\xfa\xed\xfe\0_node_register_module_v150\0'))).toBe(150);
    expect(abiFromBinary(bytes('MZ\0node_register_module_v150\0node_register_module_v150\0'))).toBe(150);
  });

  it('gives up on a binary with no symbol or with two different ones', () => {
    expect(abiFromBinary(bytes('\x7fELF nothing here'))).toBeNull();
    expect(abiFromBinary(bytes('node_register_module_v115 node_register_module_v150'))).toBeNull();
  });

  it("reads the binary's ABI from Node's load error", () => {
    const message =
      "Error: The module '/x/better_sqlite3.node'\nwas compiled against a different " +
      'Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js ' +
      'requires\nNODE_MODULE_VERSION 115. Please try re-compiling';
    expect(abiFromLoadError(message)).toBe(150);
    expect(abiFromLoadError('Error: Could not locate the bindings file.')).toBeNull();
  });
});

describe('parseStamp', () => {
  it('reads a well-formed stamp and ignores anything else', () => {
    expect(parseStamp('{"runtime":"electron","version":"45.5.0","abi":150}')).toEqual(electron45);
    expect(parseStamp(null)).toBeNull();
    expect(parseStamp('not json')).toBeNull();
    expect(parseStamp('{"runtime":"deno","version":"2","abi":1}')).toBeNull();
    expect(parseStamp('{"runtime":"node","version":"20","abi":"115"}')).toBeNull();
  });
});
