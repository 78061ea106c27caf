// Compares the outputs of a re-executed notebook with the stored ones, cell by cell, as the golden
// tests compare program output: exact, except heap addresses (0xc000...), which are compared by
// identity within a cell (the n-th distinct address must match the n-th distinct address).
import { joinSource } from './notebook-source.mjs';

const heapAddress = /0xc[0-9a-f]{6,}/g;

/** Replaces the n-th distinct heap address of a cell's outputs by 0xc<n>. */
function numberAddresses(text, seen) {
  return text.replace(heapAddress, (a) => {
    let n = seen.get(a);
    if (n === undefined) {
      n = seen.size;
      seen.set(a, n);
    }
    return `0xc<${n}>`;
  });
}

/** One output in the form that is compared (multi-line fields joined, addresses numbered). */
function comparableOutput(o, seen) {
  const norm = (v) => numberAddresses(joinSource(v), seen);
  switch (o.output_type) {
    case 'stream':
      return { output_type: 'stream', name: o.name, text: norm(o.text) };
    case 'display_data':
    case 'execute_result': {
      const data = {};
      for (const k of Object.keys(o.data ?? {}).sort()) data[k] = typeof o.data[k] === 'string' || Array.isArray(o.data[k]) ? norm(o.data[k]) : o.data[k];
      const out = { output_type: o.output_type, data, metadata: o.metadata ?? {} };
      if (o.output_type === 'execute_result') out.execution_count = o.execution_count;
      return out;
    }
    case 'error':
      return { output_type: 'error', ename: o.ename, evalue: norm(o.evalue), traceback: (o.traceback ?? []).map((t) => norm(t)) };
    default:
      return o;
  }
}

/**
 * Consecutive stream outputs of the same stream are one text: how a kernel batches its writes is
 * not part of what a cell printed.
 */
function mergeStreams(outputs) {
  const out = [];
  for (const o of outputs) {
    const last = out[out.length - 1];
    if (o.output_type === 'stream' && last && last.output_type === 'stream' && last.name === o.name) {
      out[out.length - 1] = { ...last, text: joinSource(last.text) + joinSource(o.text) };
    } else {
      out.push(o);
    }
  }
  return out;
}

/** A cell's outputs in the form that is compared. */
export function comparableOutputs(outputs) {
  const seen = new Map();
  return mergeStreams(outputs ?? []).map((o) => comparableOutput(o, seen));
}

/**
 * The differences between a stored notebook and the same notebook executed again: one line per
 * code cell whose outputs differ, or that the stored notebook has never executed.
 * @returns {string[]}
 */
export function outputDifferences(stored, executed) {
  const problems = [];
  const fresh = new Map(executed.cells.filter((c) => c.cell_type === 'code').map((c) => [c.id, c]));
  for (const c of stored.cells) {
    if (c.cell_type !== 'code') continue;
    const e = fresh.get(c.id);
    if (!e) {
      problems.push(`cell ${c.id}: missing from the executed notebook`);
      continue;
    }
    if (c.execution_count === null || c.execution_count === undefined) {
      problems.push(`cell ${c.id}: stored without execution (run node scripts/notebooks/execute.mjs)`);
      continue;
    }
    const a = JSON.stringify(comparableOutputs(c.outputs));
    const b = JSON.stringify(comparableOutputs(e.outputs));
    if (a !== b) problems.push(`cell ${c.id}: outputs differ\n  stored:   ${a.slice(0, 400)}\n  executed: ${b.slice(0, 400)}`);
  }
  return problems;
}
