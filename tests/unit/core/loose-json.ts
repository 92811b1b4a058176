/**
 * Parsed JSON that a test edits freely to make malformed input (a key file with a field removed, garbled or of
 * the wrong type): any path may be read, set or deleted, which no precise type allows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- breaking a file on purpose needs any shape
export type LooseJson = any;
