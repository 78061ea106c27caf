// Display bundles as iopub content: display_data and update_display_data (display ids travel in
// `transient`, as the messaging spec puts them).
import type { Bundle } from './worker-protocol.js';

export function displayContent(bundle: Bundle, id: string | undefined): { data: Bundle; metadata: Record<string, unknown>; transient: Record<string, unknown> } {
  return { data: bundle, metadata: {}, transient: id === undefined ? {} : { display_id: id } };
}

/** The bundle of a cell's final value: Go's %v text. */
export function resultBundle(value: string): Bundle {
  return { 'text/plain': value };
}
