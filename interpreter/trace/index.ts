// %trace's renderings of a traced run, as a MIME bundle a notebook displays.
import type { TraceEvent } from './events.js';
import { buildModel, type TraceModel } from './model.js';
import { renderText } from './text.js';
import { renderHTML } from './html.js';
import { renderSVG } from './svg.js';

export { TraceRecorder, type TraceEvent, type ValueFormatter } from './events.js';
export { buildModel, type TraceModel, type Step } from './model.js';
export { renderText, renderHTML, renderSVG };

export function traceBundle(events: readonly TraceEvent[], lost = 0): { model: TraceModel; bundle: Record<string, string> } {
  const model = buildModel(events, lost);
  return {
    model,
    bundle: { 'text/plain': renderText(model), 'text/html': renderHTML(model), 'image/svg+xml': renderSVG(model) },
  };
}
