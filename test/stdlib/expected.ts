// Reads the .expected files scripts/record-stdlib.mjs records from real Go: name -> byte string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadExpected(name: string): Map<string, string> {
  const text = readFileSync(join(import.meta.dirname, 'cases', name + '.expected'), 'latin1');
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    out.set(line.slice(0, tab), Buffer.from(line.slice(tab + 1), 'hex').toString('latin1'));
  }
  return out;
}

/** Addresses differ between runs of anything; compare them by order of appearance. */
export function normalizeAddresses(s: string): string {
  const seen = new Map<string, number>();
  return s.replace(/0xc[0-9a-f]{9,}/g, (m) => {
    if (!seen.has(m)) seen.set(m, seen.size);
    return `0xADDR${seen.get(m)}`;
  });
}
