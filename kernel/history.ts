// The execution history of this kernel process, for history_request (tail, range, search).
// It lives in memory only: the kernel writes no files of its own.

export interface HistoryEntry {
  readonly session: number;
  readonly line: number;
  readonly input: string;
  /** The execute_result's text/plain, if the cell had one. */
  output: string | null;
}

/** The session number this process reports; requests for session 0 or below mean "this one". */
export const HISTORY_SESSION = 1;

export class History {
  private readonly entries: HistoryEntry[] = [];

  add(line: number, input: string): HistoryEntry {
    const e: HistoryEntry = { session: HISTORY_SESSION, line, input, output: null };
    this.entries.push(e);
    return e;
  }

  tail(n: number): HistoryEntry[] {
    return n > 0 ? this.entries.slice(-n) : [];
  }

  /** Lines [start, stop) of a session; stop 0 or missing means to the end (as IPython). */
  range(session: number, start: number, stop: number | undefined): HistoryEntry[] {
    if (session > 0 && session !== HISTORY_SESSION) return [];
    return this.entries.filter((e) => e.line >= start && (stop === undefined || stop <= 0 || e.line < stop));
  }

  /** Inputs matching a glob (`*`, `?`, `[...]`) over the whole input; the last n, oldest first. */
  search(pattern: string, n: number | undefined, unique: boolean): HistoryEntry[] {
    const re = globToRegExp(pattern);
    let hits = this.entries.filter((e) => re.test(e.input));
    if (unique) {
      const last = new Map<string, HistoryEntry>();
      for (const e of hits) {
        last.delete(e.input);
        last.set(e.input, e);
      }
      hits = [...last.values()];
    }
    return n !== undefined && n > 0 ? hits.slice(-n) : hits;
  }
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let set = glob.slice(i + 1, close);
        if (set.startsWith('!')) set = '^' + set.slice(1);
        re += '[' + set.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
