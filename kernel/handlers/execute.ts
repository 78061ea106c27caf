// execute_request: run a cell in the worker, streaming its output to iopub as it comes, then the
// result or the error, then the reply. execution_count counts cells run with store_history and not
// silent; a silent cell shows nothing; a failure with stop_on_error aborts the cells queued behind.
import type { Handler } from './index.js';
import type { CellOutcome } from '../worker-protocol.js';
import { displayContent, resultBundle } from '../display.js';
import { StreamCoalescer } from '../output.js';
import { WorkerLost } from '../worker-host.js';
import { errorContent } from './errors.js';
import type { Kernel } from '../kernel.js';

export const execute: Handler = async (kernel, msg, channel) => {
  const c = msg.content;
  const code = typeof c['code'] === 'string' ? c['code'] : '';
  const silent = c['silent'] === true;
  const storeHistory = c['store_history'] !== false && !silent;
  const allowStdin = c['allow_stdin'] === true;
  const stopOnError = c['stop_on_error'] !== false;

  if (storeHistory) kernel.executionCount++;
  const count = kernel.executionCount;
  const entry = storeHistory ? kernel.history.add(count, code) : undefined;
  if (!silent) kernel.publish(msg, 'execute_input', { code, execution_count: count });

  let outcome: CellOutcome;
  const streams = new StreamCoalescer((name, text) => kernel.publish(msg, 'stream', { name, text }));
  try {
    const r = await kernel.worker.request(
      { type: 'execute', code, allowStdin, silent },
      {
        stream: (name, text) => streams.write(name, text),
        display: (bundle, id, update) => {
          streams.flush();
          if (update && id !== undefined) kernel.publish(msg, 'update_display_data', displayContent(bundle, id));
          else kernel.publish(msg, 'display_data', displayContent(bundle, id));
        },
        clearOutput: (wait) => {
          streams.flush();
          kernel.publish(msg, 'clear_output', { wait });
        },
        input: allowStdin
          ? (prompt, password) => {
              streams.flush();
              return kernel.requestInput(msg, prompt, password);
            }
          : undefined,
      },
    );
    if (r.kind !== 'execute') throw new Error(`unexpected ${r.kind} result`);
    outcome = r.outcome;
  } catch (e) {
    outcome = { ...lostOutcome(kernel, e), payload: [] };
  }
  streams.flush();

  const userExpressions = userExpressionsUnsupported(c['user_expressions']);
  if (outcome.status === 'ok') {
    if (outcome.value !== undefined && !silent) {
      kernel.publish(msg, 'execute_result', { execution_count: count, data: resultBundle(outcome.value), metadata: {} });
      if (entry) entry.output = outcome.value;
    }
    kernel.reply(channel, msg, 'execute_reply', { status: 'ok', execution_count: count, payload: outcome.payload, user_expressions: userExpressions });
    return;
  }
  const error = { ename: outcome.ename, evalue: outcome.evalue, traceback: [...outcome.traceback] };
  if (!silent) kernel.publish(msg, 'error', error);
  kernel.reply(channel, msg, 'execute_reply', { status: 'error', ...error, execution_count: count, payload: outcome.payload, user_expressions: userExpressions });
  if (stopOnError) kernel.abortQueuedExecutes();
};

/** The cell's thread was lost (or never came up): say what happened and that the session is new. */
function lostOutcome(kernel: Kernel, e: unknown): { status: 'error'; ename: string; evalue: string; traceback: string[] } {
  if (e instanceof WorkerLost) {
    const restarted = 'golesson: the Go session was restarted; declarations and variables from earlier cells are gone (re-run those cells).';
    switch (e.reason) {
      case 'out-of-memory':
        return {
          status: 'error',
          ename: 'fatal error',
          evalue: 'runtime: out of memory',
          traceback: ['fatal error: runtime: out of memory', `(the program used more memory than the kernel allows, ${kernel.worker.memoryLimitMb} MB)`, restarted],
        };
      case 'unresponsive':
        return { status: 'error', ename: 'Interrupted', evalue: 'the cell did not stop when interrupted', traceback: ['interrupted: the cell did not stop when asked, so its thread was ended', restarted] };
      case 'crashed':
        return { status: 'error', ename: 'SessionLost', evalue: e.message, traceback: [e.message, restarted] };
    }
  }
  // The interpreter could not be loaded (SessionUnavailable), or a bug in golesson.
  return errorContent(e);
}

function userExpressionsUnsupported(req: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof req === 'object' && req !== null) {
    for (const k of Object.keys(req)) out[k] = { status: 'error', ename: 'NotSupported', evalue: 'golesson does not evaluate user_expressions', traceback: [] };
  }
  return out;
}
