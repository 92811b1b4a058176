// Pure helpers for build/native-module.mjs: which ABI a binary was built for, and whether it
// must be rebuilt for a runtime. No I/O here, so the decision is unit-tested (tests/unit/shell).

/**
 * The ABI a Node addon was compiled for, read from the `node_register_module_v<ABI>` symbol
 * that NODE_MODULE_INIT exports. The name sits in the symbol table of ELF, Mach-O (with a
 * leading underscore) and PE binaries alike. null when absent or when two ABIs appear.
 * @param {Uint8Array} bytes
 * @returns {number | null}
 */
export function abiFromBinary(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = new Set();
  for (const match of text.matchAll(/node_register_module_v(\d+)/g)) found.add(Number(match[1]));
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The ABI a binary was built for, from the error a runtime throws when loading it:
 * "... compiled against a different Node.js version using NODE_MODULE_VERSION 150. This
 * version of Node.js requires NODE_MODULE_VERSION 115." The first number is the binary's.
 * @param {string} message
 * @returns {number | null}
 */
export function abiFromLoadError(message) {
  const match = /NODE_MODULE_VERSION (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * @typedef {'node' | 'electron'} Runtime
 * @typedef {{ runtime: Runtime, version: string, abi: number }} RuntimeTarget
 */

/**
 * Reads a stamp file's text; anything malformed counts as no stamp.
 * @param {string | null} text
 * @returns {RuntimeTarget | null}
 */
export function parseStamp(text) {
  if (text === null) return null;
  try {
    const value = JSON.parse(text);
    if (
      (value?.runtime === 'node' || value?.runtime === 'electron') &&
      typeof value.version === 'string' &&
      Number.isInteger(value.abi)
    ) {
      return { runtime: value.runtime, version: value.version, abi: value.abi };
    }
  } catch {
    // fall through
  }
  return null;
}

/**
 * 'ok' when the binary can be loaded by the target runtime as it is, 'rebuild' otherwise.
 * The ABI read from the binary is the ground truth; the stamp, when present, must agree on
 * runtime and ABI (a stamp for the other runtime means the last build was not for us).
 * The version alone never forces a rebuild: the ABI number is the runtime's compatibility
 * promise (Electron keeps it for a whole major, Node for a whole major line).
 * @param {{ stamp: RuntimeTarget | null, binaryAbi: number | null, target: RuntimeTarget }} facts
 * @returns {'ok' | 'rebuild'}
 */
export function decideNativeBuild({ stamp, binaryAbi, target }) {
  if (binaryAbi === null || binaryAbi !== target.abi) return 'rebuild';
  if (stamp !== null && (stamp.runtime !== target.runtime || stamp.abi !== target.abi)) return 'rebuild';
  return 'ok';
}
