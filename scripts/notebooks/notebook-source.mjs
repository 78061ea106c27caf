// The lecture's notebook sources (notebooks/src/NN-name.md): one file per notebook, parsed into cells,
// and turned into the Chinese and English editions as nbformat 4.5 notebooks.
//
// A source is Markdown that reads well on its own (GitHub renders it), cut into cells by HTML
// comments on lines of their own:
//
//   <!-- md -->                    a Markdown cell; its text follows in two parts:
//   <!-- zh -->                      the Chinese text
//   <!-- en -->                      the English text
//   <!-- code id=defer-code-1 -->  a code cell, shared by both editions: the ```go fenced block after it
//   <!-- code id=X-trace repeat=defer-code-1 magic="%trace" -->
//                                  a code cell whose source is the magic line, then the code of the
//                                  cell named by `repeat` (so a program is written once)
//
// Attributes: id (the cell id, [A-Za-z0-9_-]{1,64}; default `md-N` / `code-N`, N counting cells of that
// kind), tags (comma-separated cell tags, e.g. raises-exception for a cell that is meant to panic).
// Anything outside a cell (before the first directive) is a comment for the source's readers.

export const EDITIONS = /** @type {const} */ (['zh', 'en']);

export const KERNELSPEC = { name: 'golesson', display_name: 'Go (golesson)', language: 'go' };

export const LANGUAGE_INFO = {
  name: 'go',
  mimetype: 'text/x-go',
  file_extension: '.go',
  pygments_lexer: 'go',
  codemirror_mode: 'go',
};

/**
 * @typedef {{ kind: 'markdown', id: string, text: { zh: string, en: string }, line: number }} MarkdownCell
 * @typedef {{ kind: 'code', id: string, source: string, tags: string[], line: number }} CodeCell
 * @typedef {MarkdownCell | CodeCell} SourceCell
 */

const directive = /^<!--\s*(md|code|zh|en)\b(.*?)-->\s*$/;
const cellId = /^[A-Za-z0-9_-]{1,64}$/;

/** Parses `key=value key="v w"` into a map. */
function parseAttributes(text, where) {
  /** @type {Record<string, string>} */
  const attrs = {};
  const re = /\s*([a-z]+)=(?:"([^"]*)"|(\S+))/gy;
  let rest = text.trim();
  let m;
  let consumed = 0;
  while ((m = re.exec(rest)) !== null) {
    attrs[m[1]] = m[2] ?? m[3];
    consumed = re.lastIndex;
  }
  if (rest.slice(consumed).trim() !== '') throw new Error(`${where}: cannot read attributes ${JSON.stringify(text.trim())}`);
  return attrs;
}

/** Drops blank lines at both ends of a block of lines and joins them. */
function trimBlock(lines) {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].trim() === '') a++;
  while (b > a && lines[b - 1].trim() === '') b--;
  return lines.slice(a, b).join('\n');
}

/**
 * Parses a notebook source.
 * @param {string} text
 * @param {string} name for messages, e.g. "notebooks/src/01-defer.md"
 * @returns {SourceCell[]}
 */
export function parseSource(text, name) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  /** @type {SourceCell[]} */
  const cells = [];
  /** @type {Map<string, CodeCell>} */
  const codeById = new Map();
  const ids = new Set();
  let mdCount = 0;
  let codeCount = 0;
  let i = 0;
  // Skip the preamble.
  while (i < lines.length && !directive.test(lines[i])) i++;
  while (i < lines.length) {
    const where = `${name}:${i + 1}`;
    const m = directive.exec(lines[i]);
    if (!m) throw new Error(`${where}: expected a cell directive`);
    const kind = m[1];
    const attrs = parseAttributes(m[2], where);
    const startLine = i + 1;
    i++;
    if (kind === 'zh' || kind === 'en') throw new Error(`${where}: <!-- ${kind} --> outside a markdown cell`);
    const id = attrs.id ?? (kind === 'md' ? `md-${++mdCount}` : `code-${++codeCount}`);
    if (attrs.id !== undefined && kind === 'md') mdCount++;
    if (attrs.id !== undefined && kind === 'code') codeCount++;
    if (!cellId.test(id)) throw new Error(`${where}: bad cell id ${JSON.stringify(id)}`);
    if (ids.has(id)) throw new Error(`${where}: duplicate cell id ${JSON.stringify(id)}`);
    ids.add(id);
    for (const k of Object.keys(attrs)) {
      const allowed = kind === 'md' ? ['id'] : ['id', 'tags', 'repeat', 'magic'];
      if (!allowed.includes(k)) throw new Error(`${where}: unknown attribute ${k} on <!-- ${kind} -->`);
    }
    // The cell's body runs to the next md/code directive.
    const body = [];
    while (i < lines.length) {
      const d = directive.exec(lines[i]);
      if (d && (d[1] === 'md' || d[1] === 'code')) break;
      body.push({ text: lines[i], n: i + 1 });
      i++;
    }
    if (kind === 'md') {
      /** @type {Record<string, string[]>} */
      const parts = {};
      let current = null;
      for (const l of body) {
        const d = directive.exec(l.text);
        if (d && (d[1] === 'zh' || d[1] === 'en')) {
          if (d[2].trim() !== '') throw new Error(`${name}:${l.n}: <!-- ${d[1]} --> takes no attributes`);
          if (parts[d[1]]) throw new Error(`${name}:${l.n}: second <!-- ${d[1]} --> in one cell`);
          current = d[1];
          parts[current] = [];
        } else if (current === null) {
          if (l.text.trim() !== '') throw new Error(`${name}:${l.n}: text before <!-- zh --> / <!-- en -->`);
        } else {
          parts[current].push(l.text);
        }
      }
      const text = {};
      for (const e of EDITIONS) {
        if (!parts[e]) throw new Error(`${name}:${startLine}: markdown cell ${id} has no <!-- ${e} --> part`);
        text[e] = trimBlock(parts[e]);
        if (text[e] === '') throw new Error(`${name}:${startLine}: markdown cell ${id} has an empty ${e} part`);
      }
      cells.push({ kind: 'markdown', id, text: /** @type {{zh: string, en: string}} */ (text), line: startLine });
      continue;
    }
    // A code cell: one fenced ```go block, or none when it repeats another cell.
    const nonBlank = body.filter((l) => l.text.trim() !== '');
    let code;
    if (attrs.repeat !== undefined) {
      if (nonBlank.length > 0) throw new Error(`${where}: a repeat= cell has no code block of its own`);
      const from = codeById.get(attrs.repeat);
      if (!from) throw new Error(`${where}: repeat=${attrs.repeat} names no earlier code cell`);
      code = from.source.split('\n').filter((l, k) => !(k === 0 && l.startsWith('%'))).join('\n');
    } else {
      if (nonBlank.length < 2 || nonBlank[0].text.trim() !== '```go' || nonBlank[nonBlank.length - 1].text.trim() !== '```') {
        throw new Error(`${where}: a code cell is one \`\`\`go fenced block`);
      }
      const first = body.indexOf(nonBlank[0]);
      const last = body.indexOf(nonBlank[nonBlank.length - 1]);
      code = body.slice(first + 1, last).map((l) => l.text).join('\n');
      if (code.trim() === '') throw new Error(`${where}: empty code cell`);
    }
    const source = attrs.magic !== undefined ? `${attrs.magic}\n${code}` : code;
    const tags = attrs.tags ? attrs.tags.split(',').map((t) => t.trim()).filter(Boolean) : [];
    const cell = { kind: /** @type {const} */ ('code'), id, source, tags, line: startLine };
    codeById.set(id, cell);
    cells.push(cell);
  }
  if (cells.length === 0) throw new Error(`${name}: no cells`);
  return cells;
}

/** Splits a text into lines that keep their newline, as nbformat stores multi-line strings. */
export function splitLines(text) {
  if (text === '') return [];
  const out = text.split(/(?<=\n)/);
  return out;
}

/** For the reveal.js export: a `#`/`##` heading opens a slide, a `###` heading a sub-slide. */
function slideType(markdown) {
  if (/^#{1,2} /.test(markdown)) return 'slide';
  if (/^### /.test(markdown)) return 'subslide';
  return undefined;
}

/**
 * Builds one edition of a notebook (outputs empty, execution_count null).
 * @param {SourceCell[]} cells
 * @param {'zh' | 'en'} edition
 * @param {string} sourcePath the source's path relative to notebooks/, recorded in the metadata
 */
export function buildNotebook(cells, edition, sourcePath) {
  return {
    cells: cells.map((c) => {
      if (c.kind === 'markdown') {
        const slide = slideType(c.text[edition]);
        return { cell_type: 'markdown', id: c.id, metadata: slide ? { slideshow: { slide_type: slide } } : {}, source: splitLines(c.text[edition]) };
      }
      return {
        cell_type: 'code',
        execution_count: null,
        id: c.id,
        metadata: c.tags.length > 0 ? { tags: [...c.tags] } : {},
        outputs: [],
        source: splitLines(c.source),
      };
    }),
    metadata: {
      golesson: { edition, source: sourcePath },
      kernelspec: { ...KERNELSPEC },
      language_info: { ...LANGUAGE_INFO },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** A deep copy with object keys sorted, as nbformat writes notebooks (sort_keys=True). */
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}

/** The notebook as nbformat.write would store it: sorted keys, one-space indent, final newline. */
export function serializeNotebook(nb) {
  return JSON.stringify(sortKeys(nb), null, 1) + '\n';
}

/** A multi-line field as one string (nbformat allows a string or a list of lines). */
export function joinSource(s) {
  return Array.isArray(s) ? s.join('') : s;
}

/**
 * Carries outputs over from an existing (executed) notebook to a freshly built one, for every code
 * cell whose id and source are unchanged, so regenerating does not throw away an execution.
 * Returns the number of code cells left unexecuted (new or changed cells, or never executed).
 */
export function keepOutputs(fresh, existing) {
  const old = new Map();
  for (const c of existing.cells ?? []) if (c.cell_type === 'code') old.set(c.id, c);
  let stale = 0;
  for (const c of fresh.cells) {
    if (c.cell_type !== 'code') continue;
    const o = old.get(c.id);
    if (o && joinSource(o.source) === joinSource(c.source)) {
      c.outputs = o.outputs ?? [];
      c.execution_count = o.execution_count ?? null;
    }
    if (c.execution_count === null) stale++;
  }
  return stale;
}

/** The file name of a source's notebooks: notebooks/src/01-defer.md -> 01-defer.ipynb. */
export function notebookName(sourceFile) {
  const base = sourceFile.split('/').pop();
  const m = /^(\d\d-[a-z0-9-]+)\.md$/.exec(base);
  if (!m) throw new Error(`${sourceFile}: a notebook source is named NN-name.md`);
  return `${m[1]}.ipynb`;
}
