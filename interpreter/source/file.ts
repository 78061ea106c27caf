// A Go source file as bytes, with a line table mapping byte offsets to line:column (cf. go/token.File).
//
// Go counts columns in bytes (a tab is one column, "é" is two), so the file keeps its text as a
// "byte string": a JS string whose every char code is one UTF-8 byte (0..255). The scanner reads it
// directly; string literals come out already in the runtime's byte-string form.

/** A position: a file's base plus a byte offset into its text (cf. go/token.Pos), so positions of
 *  different files never collide; -1 means "no position". A lone file has base 0. */
export type Pos = number;
export const NoPos: Pos = -1;

export interface Position {
  readonly filename: string;
  readonly line: number; // 1-based
  readonly column: number; // 1-based, in bytes
}

export class SourceFile {
  /** Byte offsets at which each line starts; lineStarts[0] === 0. */
  readonly lineStarts: number[];

  constructor(
    /** The name positions print with, e.g. "./prog.go". */
    readonly name: string,
    /** The file's bytes as a byte string (see encodeUTF8). */
    readonly text: string,
    /** The position of the file's first byte; the scanner adds it to every offset. */
    readonly base: number = 0,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** Builds a file from ordinary (UTF-16) JS text. */
  static fromText(name: string, jsText: string, base = 0): SourceFile {
    return new SourceFile(name, encodeUTF8(jsText), base);
  }

  /** The position just past the file's last byte (EOF). */
  get end(): Pos {
    return this.base + this.text.length;
  }

  contains(pos: Pos): boolean {
    return pos >= this.base && pos <= this.end;
  }

  position(p: Pos): Position {
    if (p < 0) return { filename: this.name, line: 0, column: 0 };
    const pos = p - this.base;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { filename: this.name, line: lo + 1, column: pos - this.lineStarts[lo]! + 1 };
  }

  /** The position of line:column (both 1-based). */
  offset(line: number, column: number): Pos {
    return this.base + (this.lineStarts[line - 1] ?? this.text.length) + column - 1;
  }

  /** The text of a 1-based line, without its newline, as a byte string. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(start, end - 1);
  }
}

/** The files of one program, so that any position can be mapped back to its file (cf. go/token.FileSet). */
export class FileSet {
  private readonly files: SourceFile[] = [];

  /** The base for the next file added: one past the end of the last (so EOF positions stay distinct). */
  nextBase(): number {
    const last = this.files[this.files.length - 1];
    return last ? last.end + 1 : 0;
  }

  add(file: SourceFile): SourceFile {
    this.files.push(file);
    return file;
  }

  /** The file holding pos, or null. */
  file(pos: Pos): SourceFile | null {
    for (const f of this.files) if (f.contains(pos)) return f;
    return null;
  }

  position(pos: Pos): Position {
    const f = this.file(pos);
    return f ? f.position(pos) : { filename: '', line: 0, column: 0 };
  }
}

/** Encodes a JS (UTF-16) string as a byte string of its UTF-8 bytes. */
export function encodeUTF8(s: string): string {
  // Fast path: pure ASCII is already its own byte string.
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  const bytes = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

/** Decodes a byte string as UTF-8 into a JS string (invalid bytes become U+FFFD, as Go prints them). */
export function decodeUTF8(b: string): string {
  if (/^[\x00-\x7f]*$/.test(b)) return b;
  const bytes = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) bytes[i] = b.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}
