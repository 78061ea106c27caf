// The timeline as HTML with inline styles and no script (nbconvert, GitHub and VS Code show it as
// is): one column per goroutine, each deferred call drawn as a box on its function's defer stack,
// and the program's output with each line linked to the step that printed it.
import type { Step, TraceModel } from './model.js';
import { endText } from './text.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const kindColour: Record<string, string> = {
  enter: '#475569', defer: '#1d4ed8', return: '#7c3aed', run: '#047857', ran: '#64748b', exit: '#475569',
  panic: '#b91c1c', recover: '#15803d', goexit: '#b45309', go: '#0e7490', output: '#111827', summary: '#64748b',
};

/** A short deterministic id for this trace's anchors (same trace, same ids: re-runs are identical). */
function traceId(m: TraceModel): string {
  let h = 2166136261;
  for (const s of m.steps) for (let i = 0; i < s.text.length; i++) h = Math.imul(h ^ s.text.charCodeAt(i), 16777619);
  return `gltrace-${(h >>> 0).toString(36)}`;
}

function stackCell(s: Step, frameLabel: string): string {
  if (s.func === '' || s.kind === 'output' || s.kind === 'summary') return '';
  const box = (t: string) => `<span style="display:inline-block;min-width:1.6em;padding:0 .3em;margin-right:2px;border:1px solid #1d4ed8;border-radius:3px;background:#dbeafe;color:#1e3a8a;text-align:center">${t}</span>`;
  const parts = s.stack.map((i) => box(`#${i}`));
  if (s.stackSize > s.stack.length) parts.splice(3, 0, `<span style="color:#64748b;margin:0 4px">… ${s.stackSize} in all …</span>`);
  const boxes = parts.join('');
  return `<span style="color:#64748b;font-size:85%">${esc(frameLabel)}</span> ${boxes || '<span style="color:#94a3b8">empty</span>'}`;
}

export function renderHTML(m: TraceModel): string {
  const id = traceId(m);
  const cols = m.goroutines;
  const td = 'style="padding:2px 8px;border-bottom:1px solid #e2e8f0;vertical-align:top;text-align:left"';
  const rows: string[] = [];
  const outputs: string[] = [];
  for (const s of m.steps) {
    const colour = kindColour[s.kind] ?? '#111827';
    const text = `<span style="color:${colour}${s.kind === 'panic' || s.kind === 'recover' ? ';font-weight:bold' : ''}">${esc(s.text)}</span>`;
    const lanes = cols.map((g) => `<td ${td}>${g === s.g ? `<span style="padding-left:${s.depth * 1.2}em">${text}</span>` : ''}</td>`).join('');
    rows.push(
      `<tr id="${id}-s${s.seq}"><td ${td}><span style="color:#94a3b8">${s.seq + 1}</span></td>${lanes}` +
        `<td ${td}>${s.line !== null ? `line ${s.line}` : ''}</td><td ${td}>${stackCell(s, s.func)}</td></tr>`,
    );
    if (s.kind === 'output') {
      const printed = (JSON.parse(s.text.slice('prints '.length)) as string).replace(/\n$/, '');
      for (const line of printed.split('\n')) outputs.push(`<a href="#${id}-s${s.seq}" style="color:inherit;text-decoration:none" title="printed at step ${s.seq + 1}">${esc(line)}</a>`);
    }
  }
  const th = 'style="padding:2px 8px;text-align:left;border-bottom:2px solid #cbd5e1"';
  const head = `<tr><th ${th}>step</th>${cols.map((g) => `<th ${th}>goroutine ${g}</th>`).join('')}<th ${th}>where</th><th ${th}>defer stack afterwards</th></tr>`;
  const out = outputs.length > 0
    ? `<div style="margin:6px 0"><b>Output</b> <span style="color:#64748b">(each line links to the step that printed it)</span><pre style="margin:4px 0;padding:6px;background:#f8fafc;border:1px solid #e2e8f0">${outputs.join('\n')}</pre></div>`
    : '';
  const lost = m.lost > 0 ? `<p style="color:#b45309">${m.lost} more events were not recorded: the run was too large.</p>` : '';
  return (
    `<div id="${id}" style="font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px">` +
    `<div style="font-weight:bold;margin-bottom:4px">defer / panic timeline</div>${out}` +
    `<table style="border-collapse:collapse">${head}${rows.join('')}</table>${lost}` +
    `<p style="margin:6px 0;color:#334155">${esc(endText(m))}</p></div>`
  );
}
