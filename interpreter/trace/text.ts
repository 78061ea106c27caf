// The timeline as plain text: reads on its own in a terminal and in an exported PDF. Steps come in
// the order they happened; a rule marks each switch of goroutine.
import type { Step, TraceModel } from './model.js';

function stackText(s: Step): string {
  if (s.kind === 'output' || s.kind === 'summary' || s.func === '') return '';
  const ids = s.stack.map((i) => `#${i}`);
  if (s.stackSize > s.stack.length) ids.splice(3, 0, `… (${s.stackSize} in all)`);
  return `   defers: [${ids.join(' ')}]`;
}

export function renderText(m: TraceModel): string {
  const lines: string[] = [];
  const gs = m.goroutines.length;
  const fs = m.frames.size;
  const ds = [...m.frames.values()].reduce((n, f) => n + f.defers.size, 0);
  lines.push(`%trace: ${gs} goroutine${gs === 1 ? '' : 's'}, ${fs} function call${fs === 1 ? '' : 's'} with defer, ${ds} defer statement${ds === 1 ? '' : 's'} executed`);
  let g = -1;
  for (const s of m.steps) {
    if (s.g !== g) {
      g = s.g;
      lines.push('', `goroutine ${g}:`);
    }
    const where = s.line !== null ? `line ${String(s.line).padStart(3)}` : '        ';
    lines.push(`  ${where}  ${'  '.repeat(s.depth)}${s.text}${stackText(s)}`);
  }
  if (m.lost > 0) lines.push('', `(${m.lost} more events not recorded: the run was too large)`);
  lines.push('', endText(m));
  return lines.join('\n') + '\n';
}

export function endText(m: TraceModel): string {
  const how: Record<string, string> = {
    exited: 'main returned: the program ended',
    'os-exit': 'os.Exit ended the program (deferred calls do not run)',
    panic: 'an unrecovered panic ended the program',
    fatal: 'a fatal error ended the program',
    interrupted: 'the run was interrupted',
  };
  let s = how[m.outcome] ?? `the program ended (${m.outcome})`;
  if (m.dropped.length > 0) s += `; goroutine${m.dropped.length === 1 ? '' : 's'} ${m.dropped.join(', ')} dropped unfinished`;
  return s;
}
