// Cursor positions: the protocol (5.2+) counts Unicode code points, JS strings count UTF-16 units.

export function codePointToIndex(text: string, cursor: number): number {
  let i = 0;
  for (let n = 0; n < cursor && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

export function indexToCodePoint(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return n;
}
