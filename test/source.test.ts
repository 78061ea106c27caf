// Unit tests for source/: byte offsets, lines and columns as Go counts them.
import { describe, expect, it } from 'vitest';
import { SourceFile, decodeUTF8, encodeUTF8 } from '../interpreter/source/file.js';

describe('SourceFile', () => {
  it('counts columns in bytes, tab as one column', () => {
    const f = SourceFile.fromText('./prog.go', 'package main\n\tx := "é"; y\n');
    const y = f.text.indexOf('y');
    expect(f.position(y)).toEqual({ filename: './prog.go', line: 2, column: 13 });
    expect(f.offset(2, 13)).toBe(y);
    expect(f.lineText(2)).toBe('\tx := "\xc3\xa9"; y');
  });
  it('round-trips UTF-8', () => {
    expect(decodeUTF8(encodeUTF8('延迟 defer'))).toBe('延迟 defer');
    expect(encodeUTF8('é').length).toBe(2);
  });
});
