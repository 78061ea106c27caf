// Types for record-golden.mjs's exported helpers (used by the golden-support tests).
export function stripPlayback(buf: Buffer): Buffer;
