// The defer stacks over time as an SVG drawing: for each goroutine, how many deferred calls are
// pending as the run goes on, with panics, recovers and the program's end marked.
import type { TraceModel } from './model.js';

const laneColours = ['#1d4ed8', '#0e7490', '#7c3aed', '#b45309', '#047857', '#be185d'];

export function renderSVG(m: TraceModel): string {
  const steps = m.steps;
  const n = Math.max(steps.length, 1);
  const dx = Math.max(4, Math.min(24, Math.floor(720 / n)));
  const top = Math.max(m.maxStack, 1);
  const laneH = Math.min(120, 24 + top * 16);
  const left = 110;
  const width = left + n * dx + 20;
  const height = m.goroutines.length * (laneH + 20) + 30;
  const parts: string[] = [];
  m.goroutines.forEach((g, li) => {
    const y0 = 20 + li * (laneH + 20);
    const base = y0 + laneH;
    const colour = laneColours[li % laneColours.length]!;
    parts.push(`<text x="4" y="${y0 + laneH / 2}" font-size="12" fill="#334155">goroutine ${g}</text>`);
    parts.push(`<line x1="${left}" y1="${base}" x2="${width - 10}" y2="${base}" stroke="#cbd5e1"/>`);
    // Pending deferred calls of this goroutine's frames after each step.
    const pending = new Map<number, number>();
    let d = `M${left},${base}`;
    steps.forEach((s, i) => {
      if (s.g === g && s.func !== '' && s.kind !== 'output' && s.kind !== 'summary') pending.set(s.frame, s.stackSize);
      if (s.g === g && s.kind === 'exit') pending.delete(s.frame);
      const total = [...pending.values()].reduce((a, b) => a + b, 0);
      const y = base - (total / top) * (laneH - 12);
      d += ` H${left + (i + 1) * dx} V${y.toFixed(1)}`;
      if (s.g === g && (s.kind === 'panic' || s.kind === 'recover' || s.kind === 'goexit')) {
        const c = s.kind === 'recover' ? '#15803d' : s.kind === 'panic' ? '#b91c1c' : '#b45309';
        parts.push(`<circle cx="${left + (i + 0.5) * dx}" cy="${y0 + 6}" r="4" fill="${c}"><title>${s.kind} (step ${i + 1})</title></circle>`);
      }
    });
    parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"/>`);
  });
  parts.push(`<text x="${left}" y="${height - 6}" font-size="11" fill="#64748b">steps → (height: deferred calls waiting; red: panic, green: recover, amber: Goexit)</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="monospace">${parts.join('')}</svg>`;
}
