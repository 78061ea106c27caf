// Display bundles as iopub content: display_data and update_display_data (display ids travel in
// `transient`, as the messaging spec puts them).
import { createRequire } from 'node:module';
import type { Bundle } from './worker-protocol.js';

let namespace: string | undefined;

/** Go code numbers its displays from 1 in every kernel process; a notebook keeps outputs across
 *  restarts, so ids are qualified with this process's UUID (loaded on first use, to keep start-up
 *  fast) and an update after a restart never rewrites an older output. */
function qualified(id: string): string {
  namespace ??= (createRequire(import.meta.url)('uuid') as { v4(): string }).v4();
  return `${namespace}-${id}`;
}

export function displayContent(bundle: Bundle, id: string | undefined): { data: Bundle; metadata: Record<string, unknown>; transient: Record<string, unknown> } {
  return { data: bundle, metadata: {}, transient: id === undefined ? {} : { display_id: qualified(id) } };
}

/** The bundle of a cell's final value: Go's %v text. */
export function resultBundle(value: string): Bundle {
  return { 'text/plain': value };
}
