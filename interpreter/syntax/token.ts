// Go's lexical tokens (cf. go/token): names as go/token spells them, with their source text.

export const tokenText = {
  ILLEGAL: 'ILLEGAL', EOF: 'EOF', COMMENT: 'COMMENT',
  IDENT: 'IDENT', INT: 'INT', FLOAT: 'FLOAT', IMAG: 'IMAG', CHAR: 'CHAR', STRING: 'STRING',

  ADD: '+', SUB: '-', MUL: '*', QUO: '/', REM: '%',
  AND: '&', OR: '|', XOR: '^', SHL: '<<', SHR: '>>', AND_NOT: '&^',
  ADD_ASSIGN: '+=', SUB_ASSIGN: '-=', MUL_ASSIGN: '*=', QUO_ASSIGN: '/=', REM_ASSIGN: '%=',
  AND_ASSIGN: '&=', OR_ASSIGN: '|=', XOR_ASSIGN: '^=', SHL_ASSIGN: '<<=', SHR_ASSIGN: '>>=',
  AND_NOT_ASSIGN: '&^=',
  LAND: '&&', LOR: '||', ARROW: '<-', INC: '++', DEC: '--',
  EQL: '==', LSS: '<', GTR: '>', ASSIGN: '=', NOT: '!',
  NEQ: '!=', LEQ: '<=', GEQ: '>=', DEFINE: ':=', ELLIPSIS: '...',
  LPAREN: '(', LBRACK: '[', LBRACE: '{', COMMA: ',', PERIOD: '.',
  RPAREN: ')', RBRACK: ']', RBRACE: '}', SEMICOLON: ';', COLON: ':', TILDE: '~',

  BREAK: 'break', CASE: 'case', CHAN: 'chan', CONST: 'const', CONTINUE: 'continue',
  DEFAULT: 'default', DEFER: 'defer', ELSE: 'else', FALLTHROUGH: 'fallthrough', FOR: 'for',
  FUNC: 'func', GO: 'go', GOTO: 'goto', IF: 'if', IMPORT: 'import', INTERFACE: 'interface',
  MAP: 'map', PACKAGE: 'package', RANGE: 'range', RETURN: 'return', SELECT: 'select',
  STRUCT: 'struct', SWITCH: 'switch', TYPE: 'type', VAR: 'var',
} as const;

export type Token = keyof typeof tokenText;

export const keywords: ReadonlyMap<string, Token> = new Map(
  (Object.keys(tokenText) as Token[])
    .filter((t) => /^[a-z]+$/.test(tokenText[t]))
    .map((t) => [tokenText[t] as string, t]),
);

/** Binary operator precedence as in the Go spec (0 for non-operators). */
export function precedence(t: Token): number {
  switch (t) {
    case 'LOR': return 1;
    case 'LAND': return 2;
    case 'EQL': case 'NEQ': case 'LSS': case 'LEQ': case 'GTR': case 'GEQ': return 3;
    case 'ADD': case 'SUB': case 'OR': case 'XOR': return 4;
    case 'MUL': case 'QUO': case 'REM': case 'SHL': case 'SHR': case 'AND': case 'AND_NOT': return 5;
    default: return 0;
  }
}

/** The binary operator of an op-assignment token (`+=` -> `+`), or null. */
export function opOfAssign(t: Token): Token | null {
  return t.endsWith('_ASSIGN') ? (t.slice(0, -'_ASSIGN'.length) as Token) : null;
}
