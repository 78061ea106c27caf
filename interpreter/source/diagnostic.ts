// Diagnostics about the user's program: collected as data, positioned, printed like gc prints them.
import type { Pos, SourceFile } from './file.js';

export interface Diagnostic {
  readonly file: SourceFile;
  readonly pos: Pos;
  /** gc's wording, e.g. "declared and not used: x". */
  readonly msg: string;
  /** Indented continuation lines gc prints under the message (each without the leading tab). */
  readonly details?: readonly string[];
}

/** gc stops after this many errors and prints "too many errors". */
export const MaxErrors = 10;

export function formatDiagnostic(d: Diagnostic): string {
  const p = d.file.position(d.pos);
  let s = `${p.filename}:${p.line}:${p.column}: ${d.msg}`;
  for (const line of d.details ?? []) s += `\n\t${line}`;
  return s;
}

/** Sorts by position (global across files, so cells sort in order) and applies gc's ten-error cut-off. */
export function formatDiagnostics(ds: readonly Diagnostic[]): string[] {
  const sorted = [...ds].sort((a, b) => a.pos - b.pos);
  const out = sorted.slice(0, MaxErrors).map(formatDiagnostic);
  if (sorted.length > MaxErrors) {
    const last = sorted[MaxErrors - 1]!;
    const p = last.file.position(last.pos);
    out.push(`${p.filename}:${p.line}:${p.column}: too many errors`);
  }
  return out;
}
