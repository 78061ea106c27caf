// Types for compare.mjs (shared by the golden driver and the recorder).
export interface Transcript {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: string;
}
export function comparable(t: Transcript): Transcript;
export function comparableBuild(output: string): string;
export function readable(bytes: string): string;
export function firstDifference(what: string, expected: string, actual: string): string | undefined;
