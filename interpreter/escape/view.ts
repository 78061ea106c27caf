// %escape's display: gc's lines drawn onto the cell's source. Text is exactly what the compiler
// prints; HTML (inline styles, no script) puts each verdict under its line, marks what moves to the
// heap apart from what stays on the stack, and spells out -m=2's flow paths source line by source
// line; Markdown carries the same for exports that render neither.

export type Verdict = 'heap' | 'leak' | 'stack' | 'info';

export interface EscapeNote {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly verdict: Verdict;
  /** -m=2: the explanation lines gc printed before this verdict, at the same position. */
  readonly flow: readonly string[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function classify(message: string): Verdict {
  if (/moved to heap|escapes to heap|heap-allocated defer/.test(message)) return 'heap';
  if (/^leaking param/.test(message)) return 'leak';
  if (/does not escape|stack-allocated defer|open-coded defer/.test(message)) return 'stack';
  return 'info';
}

/** gc's lines for `filename`, as notes: explanation lines (-m=2) attach to the verdict they lead to. */
export function parseEscapeOutput(output: string, filename: string): EscapeNote[] {
  const notes: EscapeNote[] = [];
  let pending: string[] = [];
  const prefix = new RegExp(`^${filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+): (.*)$`);
  for (const raw of output.split('\n')) {
    const m = prefix.exec(raw);
    if (!m) continue;
    const message = m[3]!;
    // -m=2 explanations: "x escapes to heap:", "  flow: ...", "    from ... at ..." (end in ':' or indented).
    if (/^\s/.test(message) || /:$/.test(message)) {
      pending.push(message);
      continue;
    }
    notes.push({ line: Number(m[1]), column: Number(m[2]), message, verdict: classify(message), flow: pending });
    pending = [];
  }
  return notes;
}

const colours: Record<Verdict, { fg: string; bg: string; label: string }> = {
  heap: { fg: '#991b1b', bg: '#fee2e2', label: 'heap' },
  leak: { fg: '#92400e', bg: '#fef3c7', label: 'leaks' },
  stack: { fg: '#166534', bg: '#dcfce7', label: 'stack' },
  info: { fg: '#334155', bg: '#f1f5f9', label: 'note' },
};

/** A flow step's "at ./prog.go:24:7" with the source line it points to. */
function flowStep(step: string, filename: string, lines: readonly string[]): string {
  const at = new RegExp(`at ${filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`).exec(step);
  const src = at ? lines[Number(at[1]) - 1] : undefined;
  const code = src !== undefined ? ` <span style="color:#64748b">— line ${at![1]}: <code>${escapeHtml(src.trim())}</code></span>` : '';
  return `<div style="white-space:pre;color:#475569">${escapeHtml(step)}${code}</div>`;
}

export function renderEscapeHTML(source: string, filename: string, output: string): string {
  const lines = source.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const notes = parseEscapeOutput(output, filename);
  const byLine = new Map<number, EscapeNote[]>();
  for (const n of notes) byLine.set(n.line, [...(byLine.get(n.line) ?? []), n]);
  const counts = { heap: 0, leak: 0, stack: 0, info: 0 };
  for (const n of notes) counts[n.verdict]++;
  const rows = lines.map((text, i) => {
    const ln = i + 1;
    const here = byLine.get(ln) ?? [];
    const mark = here.length === 0 ? '' : here.some((n) => n.verdict === 'heap') ? colours.heap.bg : here.some((n) => n.verdict === 'leak') ? colours.leak.bg : colours.stack.bg;
    const src = `<tr${mark ? ` style="background:${mark}"` : ''}><td style="color:#94a3b8;text-align:right;padding:0 8px;user-select:none">${ln}</td><td style="white-space:pre;padding:0 8px;text-align:left">${escapeHtml(text.replace(/\t/g, '    '))}</td></tr>`;
    const verdicts = here
      .map((n) => {
        const c = colours[n.verdict];
        // A caret under the column gc reports (tabs count as one column in gc, drawn as four here).
        const before = text.slice(0, n.column - 1).replace(/\t/g, '    ');
        const caret = `<span style="white-space:pre;color:${c.fg}">${' '.repeat(before.length)}^</span>`;
        const badge = `<span style="display:inline-block;padding:0 6px;border-radius:3px;background:${c.bg};color:${c.fg};border:1px solid ${c.fg};font-size:85%;margin-right:6px">${c.label}</span>`;
        const flow = n.flow.length > 0 ? `<div style="margin:2px 0 4px 1.5em">${n.flow.map((f) => flowStep(f, filename, lines)).join('')}</div>` : '';
        return `<tr><td></td><td style="padding:0 8px;text-align:left">${caret}<div>${badge}<span style="color:${c.fg}">${escapeHtml(`${ln}:${n.column}: ${n.message}`)}</span></div>${flow}</td></tr>`;
      })
      .join('');
    return src + verdicts;
  });
  const summary = notes.length === 0
    ? 'The compiler has nothing to report: everything stays on the stack.'
    : `${counts.heap} on the heap, ${counts.leak} leaking parameter${counts.leak === 1 ? '' : 's'}, ${counts.stack} staying on the stack`;
  return (
    `<div style="font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px">` +
    `<div style="margin-bottom:4px"><b>escape analysis</b> <span style="color:#64748b">(${escapeHtml(summary)})</span></div>` +
    `<table style="border-collapse:collapse">${rows.join('')}</table></div>`
  );
}

export function renderEscapeMarkdown(source: string, filename: string, output: string): string {
  const notes = parseEscapeOutput(output, filename);
  const icon: Record<Verdict, string> = { heap: '🟥 heap', leak: '🟧 leaks', stack: '🟩 stack', info: 'ℹ️' };
  const list = notes.map((n) => {
    const flow = n.flow.map((f) => `\n    - \`${f.trim()}\``).join('');
    return `- line ${n.line}:${n.column} ${icon[n.verdict]}: \`${n.message}\`${flow}`;
  });
  return `\`\`\`go\n${source.replace(/\n$/, '')}\n\`\`\`\n\n${list.length > 0 ? list.join('\n') : '_Nothing escapes: the compiler has nothing to report._'}\n`;
}

/** The MIME bundle for a cell: text/plain is exactly what `go build -gcflags` prints. */
export function escapeBundle(source: string, filename: string, output: string): Record<string, string> {
  return {
    'text/plain': output,
    'text/html': renderEscapeHTML(source, filename, output),
    'text/markdown': renderEscapeMarkdown(source, filename, output),
  };
}
