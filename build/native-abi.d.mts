export type Runtime = 'node' | 'electron';
export interface RuntimeTarget {
  runtime: Runtime;
  version: string;
  abi: number;
}
export function abiFromBinary(bytes: Uint8Array): number | null;
export function abiFromLoadError(message: string): number | null;
export function parseStamp(text: string | null): RuntimeTarget | null;
export function decideNativeBuild(facts: {
  stamp: RuntimeTarget | null;
  binaryAbi: number | null;
  target: RuntimeTarget;
}): 'ok' | 'rebuild';
