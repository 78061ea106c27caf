// Package unicode: character classes and case mapping of runes.
import type { StdPackage } from './package.js';
import * as t from './unicode/tables.js';

const source = `package unicode

const (
	MaxRune         = '\\U0010FFFF'
	ReplacementChar = '\\uFFFD'
	MaxASCII        = '\\u007F'
	MaxLatin1       = '\\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

func SimpleFold(r rune) rune {
	if u := ToUpper(r); u != r {
		return u
	}
	if l := ToLower(r); l != r {
		return l
	}
	return r
}
`;

export const unicodePackage: StdPackage = {
  path: 'unicode',
  source,
  impl: {
    IsControl: t.isControl,
    IsDigit: t.isDigit,
    IsGraphic: t.isGraphic,
    IsLetter: t.isLetter,
    IsLower: t.isLower,
    IsMark: t.isMark,
    IsNumber: t.isNumber,
    IsPrint: t.isPrint,
    IsPunct: t.isPunct,
    IsSpace: t.isSpace,
    IsSymbol: t.isSymbol,
    IsTitle: t.isTitle,
    IsUpper: t.isUpper,
    ToLower: t.toLower,
    ToTitle: t.toTitle,
    ToUpper: t.toUpper,
  },
};
