// The Go scanner: bytes in, tokens out, with automatic semicolon insertion (Go spec "Semicolons") and
// gc's lexical error messages (cf. cmd/compile/internal/syntax/scanner.go and source.go).
//
// The scanner reads a SourceFile's byte string; positions are byte offsets. Literals and names keep
// their exact source bytes. Errors are collected as data ({pos, msg}); comments are collected too.
import type { Pos, SourceFile } from '../source/file.js';
import { keywords, type Token } from './token.js';

export interface ScanError {
  readonly pos: Pos;
  readonly msg: string;
}

export interface ScannedComment {
  readonly pos: Pos;
  /** Full comment text with its // or /* * / delimiters, without the line comment's newline. */
  readonly text: string;
}

export interface ScannerState {
  readonly ch: number;
  readonly chPos: number;
  readonly chw: number;
  readonly nlsemi: boolean;
  readonly tok: Token;
  readonly start: number;
  readonly lit: string;
  readonly bad: boolean;
  readonly litKind: LitKind;
  readonly nerrors: number;
  readonly ncomments: number;
}

export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

/** Tokens after which a newline (or EOF) becomes a semicolon. */
const semiAfter: ReadonlySet<Token> = new Set<Token>([
  'IDENT', 'INT', 'FLOAT', 'IMAG', 'CHAR', 'STRING',
  'BREAK', 'CONTINUE', 'FALLTHROUGH', 'RETURN', 'INC', 'DEC', 'RPAREN', 'RBRACK', 'RBRACE',
]);

const letterRe = /\p{L}/u;
const digitRe = /\p{Nd}/u;

export class Scanner {
  // current character (typed as number so comparisons are not narrowed across nextch())
  private ch: number = -1; // rune, or -1 at EOF
  private chPos = 0; // offset of ch
  private chw = 0; // byte width of ch
  private nlsemi = false;

  // current token, valid after next()
  tok: Token = 'ILLEGAL';
  /** Offset of the current token in the file's text. */
  private start = 0;
  /** Position of the current token (the file's base plus its offset). */
  get pos(): Pos {
    return this.base + this.start;
  }
  /** Source text for IDENT and literals; "semicolon", "newline" or "EOF" for SEMICOLON. */
  lit = '';
  /** For literals: true if a lexical error occurred in it. */
  bad = false;
  litKind: LitKind = 'INT';

  readonly errors: ScanError[] = [];
  readonly comments: ScannedComment[] = [];
  /** Called for each comment as it is scanned (the parser uses it for //go:build). */
  onComment: ((c: ScannedComment) => void) | null = null;
  /** Called for each lexical error (the parser merges them into its own diagnostics). */
  onError: ((e: ScanError) => void) | null = null;

  private readonly src: string;
  private readonly base: number;

  constructor(readonly file: SourceFile) {
    this.src = file.text;
    this.base = file.base;
    this.chPos = 0;
    // A byte order mark is permitted only as the very first character.
    if (this.src.startsWith('\xef\xbb\xbf')) this.chPos = 3;
    this.read();
  }

  /** Reports an error at an offset into the text. */
  private error(off: number, msg: string): void {
    const e = { pos: this.base + off, msg };
    this.errors.push(e);
    this.onError?.(e);
  }

  /**
   * Decodes the character at chPos into ch / chw (cf. source.nextch). A NUL, a byte that is not
   * UTF-8 or a BOM after the start is reported and skipped, as gc does (it stays in literal text).
   */
  private read(): void {
    const s = this.src;
    for (;;) {
      const i = this.chPos;
      if (i >= s.length) {
        this.ch = -1;
        this.chw = 0;
        return;
      }
      const b = s.charCodeAt(i);
      if (b < 0x80) {
        this.ch = b;
        this.chw = 1;
        if (b !== 0) return;
        this.error(i, 'invalid NUL character');
        this.chPos++;
        continue;
      }
      const [r, w] = decodeRune(s, i);
      this.ch = r;
      this.chw = w;
      if (r === 0xfffd && w === 1) {
        this.error(i, 'invalid UTF-8 encoding');
        this.chPos++;
        continue;
      }
      if (r === 0xfeff) {
        this.error(i, 'invalid BOM in the middle of the file');
        this.chPos += w;
        continue;
      }
      return;
    }
  }

  /** The current character, read through a call so TypeScript does not narrow it. */
  private cur(): number {
    return this.ch;
  }

  private nextch(): void {
    this.chPos += this.chw;
    this.read();
  }

  /** A snapshot of the scanner's state, for a parser's bounded lookahead. */
  save(): ScannerState {
    return {
      ch: this.ch, chPos: this.chPos, chw: this.chw, nlsemi: this.nlsemi, tok: this.tok, start: this.start,
      lit: this.lit, bad: this.bad, litKind: this.litKind, nerrors: this.errors.length, ncomments: this.comments.length,
    };
  }

  restore(st: ScannerState): void {
    this.ch = st.ch;
    this.chPos = st.chPos;
    this.chw = st.chw;
    this.nlsemi = st.nlsemi;
    this.tok = st.tok;
    this.start = st.start;
    this.lit = st.lit;
    this.bad = st.bad;
    this.litKind = st.litKind;
    this.errors.length = st.nerrors;
    this.comments.length = st.ncomments;
  }

  /** Advances to the next token. */
  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    for (;;) {
      while (this.ch === 0x20 || this.ch === 0x09 || (this.ch === 0x0a && !nlsemi) || this.ch === 0x0d) this.nextch();
      this.start = this.chPos;
      const ch = this.ch;
      if (isLetter(ch) || (ch >= 0x80 && this.atIdentChar(true))) {
        this.nextch();
        this.ident();
        return;
      }
      switch (ch) {
        case -1:
          if (nlsemi) {
            this.lit = 'EOF';
            this.tok = 'SEMICOLON';
            return;
          }
          this.tok = 'EOF';
          return;
        case 0x0a: // \n
          this.nextch();
          this.lit = 'newline';
          this.tok = 'SEMICOLON';
          return;
        case 0x22: // "
          this.stdString();
          return;
        case 0x60: // `
          this.rawString();
          return;
        case 0x27: // '
          this.rune();
          return;
        case 0x28: this.nextch(); this.tok = 'LPAREN'; return;
        case 0x5b: this.nextch(); this.tok = 'LBRACK'; return;
        case 0x7b: this.nextch(); this.tok = 'LBRACE'; return;
        case 0x2c: this.nextch(); this.tok = 'COMMA'; return;
        case 0x3b: this.nextch(); this.lit = 'semicolon'; this.tok = 'SEMICOLON'; return;
        case 0x29: this.nextch(); this.nlsemi = true; this.tok = 'RPAREN'; return;
        case 0x5d: this.nextch(); this.nlsemi = true; this.tok = 'RBRACK'; return;
        case 0x7d: this.nextch(); this.nlsemi = true; this.tok = 'RBRACE'; return;
        case 0x3a: // :
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.tok = 'DEFINE';
          } else this.tok = 'COLON';
          return;
        case 0x2e: // .
          this.nextch();
          if (isDecimal(this.ch)) {
            this.number(true);
            return;
          }
          if (this.ch === 0x2e && this.src.charCodeAt(this.chPos + 1) === 0x2e) {
            this.nextch();
            this.nextch();
            this.tok = 'ELLIPSIS';
            return;
          }
          this.tok = 'PERIOD';
          return;
        case 0x2b: // +
          this.nextch();
          if (this.ch === 0x2b) {
            this.nextch();
            this.nlsemi = true;
            this.tok = 'INC';
            return;
          }
          this.assignop('ADD', 'ADD_ASSIGN');
          return;
        case 0x2d: // -
          this.nextch();
          if (this.ch === 0x2d) {
            this.nextch();
            this.nlsemi = true;
            this.tok = 'DEC';
            return;
          }
          this.assignop('SUB', 'SUB_ASSIGN');
          return;
        case 0x2a: // *
          this.nextch();
          this.assignop('MUL', 'MUL_ASSIGN');
          return;
        case 0x2f: // /
          this.nextch();
          if (this.ch === 0x2f) {
            this.nextch();
            this.lineComment();
            continue;
          }
          if (this.ch === 0x2a) {
            this.nextch();
            const startLine = this.lineOf(this.start);
            this.fullComment();
            if (nlsemi && this.lineOf(this.chPos) > startLine) {
              // A multi-line comment acts like a newline.
              this.lit = 'newline';
              this.tok = 'SEMICOLON';
              return;
            }
            continue;
          }
          this.assignop('QUO', 'QUO_ASSIGN');
          return;
        case 0x25: // %
          this.nextch();
          this.assignop('REM', 'REM_ASSIGN');
          return;
        case 0x26: // &
          this.nextch();
          if (this.ch === 0x26) {
            this.nextch();
            this.tok = 'LAND';
            return;
          }
          if (this.ch === 0x5e) {
            this.nextch();
            this.assignop('AND_NOT', 'AND_NOT_ASSIGN');
            return;
          }
          this.assignop('AND', 'AND_ASSIGN');
          return;
        case 0x7c: // |
          this.nextch();
          if (this.ch === 0x7c) {
            this.nextch();
            this.tok = 'LOR';
            return;
          }
          this.assignop('OR', 'OR_ASSIGN');
          return;
        case 0x5e: // ^
          this.nextch();
          this.assignop('XOR', 'XOR_ASSIGN');
          return;
        case 0x3c: // <
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.tok = 'LEQ';
            return;
          }
          if (this.ch === 0x3c) {
            this.nextch();
            this.assignop('SHL', 'SHL_ASSIGN');
            return;
          }
          if (this.ch === 0x2d) {
            this.nextch();
            this.tok = 'ARROW';
            return;
          }
          this.tok = 'LSS';
          return;
        case 0x3e: // >
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.tok = 'GEQ';
            return;
          }
          if (this.ch === 0x3e) {
            this.nextch();
            this.assignop('SHR', 'SHR_ASSIGN');
            return;
          }
          this.tok = 'GTR';
          return;
        case 0x3d: // =
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.tok = 'EQL';
            return;
          }
          this.tok = 'ASSIGN';
          return;
        case 0x21: // !
          this.nextch();
          if (this.ch === 0x3d) {
            this.nextch();
            this.tok = 'NEQ';
            return;
          }
          this.tok = 'NOT';
          return;
        case 0x7e: // ~
          this.nextch();
          this.tok = 'TILDE';
          return;
        default:
          if (isDecimal(ch)) {
            this.number(false);
            return;
          }
          this.error(this.chPos, `invalid character ${formatU(ch)}`);
          this.nextch();
          continue;
      }
    }
  }

  private assignop(op: Token, assign: Token): void {
    if (this.ch === 0x3d) {
      this.nextch();
      this.tok = assign;
      return;
    }
    this.tok = op;
  }

  private lineOf(off: number): number {
    return this.file.position(this.base + off).line;
  }

  private ident(): void {
    while (isLetter(this.ch) || isDecimal(this.ch)) this.nextch();
    if (this.ch >= 0x80) while (this.atIdentChar(false)) this.nextch();
    const lit = this.src.slice(this.start, this.chPos);
    const kw = lit.length >= 2 ? keywords.get(lit) : undefined;
    if (kw !== undefined) {
      this.nlsemi = semiAfter.has(kw);
      this.tok = kw;
      return;
    }
    this.nlsemi = true;
    this.lit = lit;
    this.tok = 'IDENT';
  }

  private atIdentChar(first: boolean): boolean {
    const ch = this.ch;
    if (ch < 0) return false;
    const s = String.fromCodePoint(ch);
    if (ch === 0x5f || (ch < 0x80 ? isLetter(ch) : letterRe.test(s))) return true;
    if (ch < 0x80 ? isDecimal(ch) : digitRe.test(s)) {
      if (first) this.error(this.chPos, `identifier cannot begin with digit ${formatU(ch)}`);
      return true;
    }
    if (ch >= 0x80) {
      this.error(this.chPos, `invalid character ${formatU(ch)} in identifier`);
      return true;
    }
    return false;
  }

  private setLit(kind: LitKind, ok: boolean): void {
    this.nlsemi = true;
    this.tok = kind;
    this.lit = this.src.slice(this.start, this.chPos);
    this.bad = !ok;
    this.litKind = kind;
  }

  /** digits accepts { digit | '_' }; returns bit 0 if a digit was seen, bit 1 for a separator. */
  private digits(base: number, invalid: { at: number } | null): number {
    let digsep = 0;
    if (base <= 10) {
      const max = 0x30 + base;
      while (isDecimal(this.ch) || this.ch === 0x5f) {
        let ds = 1;
        if (this.ch === 0x5f) ds = 2;
        else if (this.ch >= max && invalid !== null && invalid.at < 0) invalid.at = this.chPos - this.start;
        digsep |= ds;
        this.nextch();
      }
    } else {
      while (isHex(this.ch) || this.ch === 0x5f) {
        digsep |= this.ch === 0x5f ? 2 : 1;
        this.nextch();
      }
    }
    return digsep;
  }

  private number(seenPoint: boolean): void {
    let ok = true;
    let kind: LitKind = 'INT';
    let base = 10;
    let prefix = 0; // 0 (decimal), '0' (0-octal), 'x', 'o' or 'b'
    let digsep = 0;
    const invalid = { at: -1 };

    if (!seenPoint) {
      if (this.ch === 0x30) {
        this.nextch();
        switch (lower(this.ch)) {
          case 0x78: this.nextch(); base = 16; prefix = 0x78; break;
          case 0x6f: this.nextch(); base = 8; prefix = 0x6f; break;
          case 0x62: this.nextch(); base = 2; prefix = 0x62; break;
          default: base = 8; prefix = 0x30; digsep = 1; // leading 0
        }
      }
      digsep |= this.digits(base, invalid);
      if (this.ch === 0x2e) {
        if (prefix === 0x6f || prefix === 0x62) {
          this.error(this.chPos, `invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }
    if (seenPoint) {
      kind = 'FLOAT';
      digsep |= this.digits(base, invalid);
    }
    if ((digsep & 1) === 0 && ok) {
      this.error(this.chPos, `${baseName(base)} literal has no digits`);
      ok = false;
    }
    const e = lower(this.ch);
    if (e === 0x65 || e === 0x70) {
      if (ok) {
        if (e === 0x65 && prefix !== 0 && prefix !== 0x30) {
          this.error(this.chPos, `'${String.fromCharCode(this.ch)}' exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 0x70 && prefix !== 0x78) {
          this.error(this.chPos, `'${String.fromCharCode(this.ch)}' exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.nextch();
      kind = 'FLOAT';
      if (this.ch === 0x2b || this.ch === 0x2d) this.nextch();
      digsep = this.digits(10, null) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.error(this.chPos, 'exponent has no digits');
        ok = false;
      }
    } else if (prefix === 0x78 && kind === 'FLOAT' && ok) {
      this.error(this.chPos, "hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (this.ch === 0x69) {
      kind = 'IMAG';
      this.nextch();
    }
    this.setLit(kind, ok);
    if (kind === 'INT' && invalid.at >= 0 && ok) {
      this.error(this.start + invalid.at, `invalid digit '${this.lit[invalid.at]}' in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.error(this.start + i, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.bad = !ok;
  }

  private rune(): void {
    let ok = true;
    this.nextch();
    for (let n = 0; ; n++) {
      if (this.ch === 0x27) {
        if (ok) {
          if (n === 0) {
            this.error(this.chPos, "empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.error(this.start, 'more than one character in rune literal');
            ok = false;
          }
        }
        this.nextch();
        break;
      }
      if (this.ch === 0x5c) {
        this.nextch();
        if (!this.escape(0x27)) ok = false;
        continue;
      }
      if (this.ch === 0x0a) {
        if (ok) {
          this.error(this.chPos, 'newline in rune literal');
          ok = false;
        }
        break;
      }
      if (this.ch < 0) {
        if (ok) {
          this.error(this.start, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      this.nextch();
    }
    this.setLit('CHAR', ok);
  }

  private stdString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 0x22) {
        this.nextch();
        break;
      }
      if (this.ch === 0x5c) {
        this.nextch();
        if (!this.escape(0x22)) ok = false;
        continue;
      }
      if (this.ch === 0x0a) {
        this.error(this.chPos, 'newline in string');
        ok = false;
        break;
      }
      if (this.ch < 0) {
        this.error(this.start, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit('STRING', ok);
  }

  private rawString(): void {
    let ok = true;
    this.nextch();
    for (;;) {
      if (this.ch === 0x60) {
        this.nextch();
        break;
      }
      if (this.ch < 0) {
        this.error(this.start, 'string not terminated');
        ok = false;
        break;
      }
      this.nextch();
    }
    this.setLit('STRING', ok);
  }

  private addComment(start: Pos): void {
    const c = { pos: this.base + start, text: this.src.slice(start, this.chPos) };
    this.comments.push(c);
    this.onComment?.(c);
  }

  private lineComment(): void {
    const start = this.chPos - 2;
    while (this.ch >= 0 && this.ch !== 0x0a) this.nextch();
    this.addComment(start);
  }

  private fullComment(): void {
    const start = this.chPos - 2;
    while (this.ch >= 0) {
      while (this.ch === 0x2a) {
        this.nextch();
        if (this.cur() === 0x2f) {
          this.nextch();
          this.addComment(start);
          return;
        }
      }
      this.nextch();
    }
    this.error(start, 'comment not terminated');
  }

  private escape(quote: number): boolean {
    let n: number;
    let base: number;
    let max: number;
    switch (this.ch) {
      case quote: case 0x61: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74: case 0x76: case 0x5c:
        this.nextch();
        return true;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37:
        n = 3; base = 8; max = 255;
        break;
      case 0x78: this.nextch(); n = 2; base = 16; max = 255; break;
      case 0x75: this.nextch(); n = 4; base = 16; max = 0x10ffff; break;
      case 0x55: this.nextch(); n = 8; base = 16; max = 0x10ffff; break;
      default:
        if (this.ch < 0) return true; // the caller complains about EOF
        this.error(this.chPos, 'unknown escape');
        return false;
    }
    let x = 0;
    for (let i = n; i > 0; i--) {
      if (this.ch < 0) return true;
      let d = base;
      if (isDecimal(this.ch)) d = this.ch - 0x30;
      else if (lower(this.ch) >= 0x61 && lower(this.ch) <= 0x66) d = lower(this.ch) - 0x61 + 10;
      if (d >= base) {
        this.error(this.chPos, `invalid character ${quoteRune(this.ch)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.nextch();
    }
    if (x > max && base === 8) {
      this.error(this.chPos, `octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.error(this.chPos, `escape is invalid Unicode code point ${formatU(x)}`);
      return false;
    }
    return true;
  }
}

function lower(ch: number): number {
  return ch | 0x20;
}
function isLetter(ch: number): boolean {
  const l = lower(ch);
  return (l >= 0x61 && l <= 0x7a) || ch === 0x5f;
}
function isDecimal(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}
function isHex(ch: number): boolean {
  return isDecimal(ch) || (lower(ch) >= 0x61 && lower(ch) <= 0x66);
}

function baseName(base: number): string {
  switch (base) {
    case 2: return 'binary';
    case 8: return 'octal';
    case 10: return 'decimal';
    default: return 'hexadecimal';
  }
}

/** The index of the first misplaced '_' in a number literal, or -1 (cf. scanner.invalidSep). */
function invalidSep(x: string): number {
  let x1 = 0x20;
  let d = 0x2e; // '_', '0' (a digit) or '.' (anything else)
  let i = 0;
  if (x.length >= 2 && x.charCodeAt(0) === 0x30) {
    x1 = lower(x.charCodeAt(1));
    if (x1 === 0x78 || x1 === 0x6f || x1 === 0x62) {
      d = 0x30;
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x.charCodeAt(i);
    if (d === 0x5f) {
      if (p !== 0x30) return i;
    } else if (isDecimal(d) || (x1 === 0x78 && isHex(d))) {
      d = 0x30;
    } else {
      if (p === 0x5f) return i - 1;
      d = 0x2e;
    }
  }
  if (d === 0x5f) return x.length - 1;
  return -1;
}

/** Decodes one UTF-8 rune of a byte string at i: [rune, width]; invalid bytes give [0xFFFD, 1]. */
export function decodeRune(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const cont = (k: number): number => {
    const b = s.charCodeAt(i + k);
    return b >= 0x80 && b <= 0xbf ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    if (c1 >= 0) return [((b0 & 0x1f) << 6) | c1, 2];
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      const r = ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
      if (r >= 0x800 && !(r >= 0xd800 && r <= 0xdfff)) return [r, 3];
    }
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      const r = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (r >= 0x10000 && r <= 0x10ffff) return [r, 4];
    }
  }
  return [0xfffd, 1];
}

/** Formats a rune as Go's %#U does: U+0040 '@' (the quoted char only when printable). */
export function formatU(r: number): string {
  const hex = r.toString(16).toUpperCase().padStart(4, '0');
  const s = String.fromCodePoint(r);
  const printable = r >= 0x20 && r !== 0x7f && !/[\p{C}\p{Zl}\p{Zp}]/u.test(s) && !(r >= 0x80 && r < 0xa0);
  return printable ? `U+${hex} '${encodeRune(r)}'` : `U+${hex}`;
}

/** Formats a rune as Go's %q does for a rune. */
function quoteRune(r: number): string {
  switch (r) {
    case 0x27: return "'\\''";
    case 0x5c: return "'\\\\'";
    case 0x0a: return "'\\n'";
    case 0x0d: return "'\\r'";
    case 0x09: return "'\\t'";
  }
  if (r >= 0x20 && r < 0x7f) return `'${String.fromCharCode(r)}'`;
  if (r < 0x80) return `'\\x${r.toString(16).padStart(2, '0')}'`;
  return `'${encodeRune(r)}'`;
}

/** The UTF-8 bytes of a rune as a byte string. */
function encodeRune(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}
