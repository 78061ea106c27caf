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

// A RangeTable names a Unicode category, script or property; membership comes from the engine's
// Unicode data.
type RangeTable struct {
	name string
}

var (
	Letter = &RangeTable{"L"}
	L      = Letter
	Upper  = &RangeTable{"Lu"}
	Lu     = Upper
	Lower  = &RangeTable{"Ll"}
	Ll     = Lower
	Title  = &RangeTable{"Lt"}
	Lt     = Title
	Lm     = &RangeTable{"Lm"}
	Lo     = &RangeTable{"Lo"}
	Mark   = &RangeTable{"M"}
	M      = Mark
	Mn     = &RangeTable{"Mn"}
	Mc     = &RangeTable{"Mc"}
	Me     = &RangeTable{"Me"}
	Number = &RangeTable{"N"}
	N      = Number
	Digit  = &RangeTable{"Nd"}
	Nd     = Digit
	Nl     = &RangeTable{"Nl"}
	No     = &RangeTable{"No"}
	Punct  = &RangeTable{"P"}
	P      = Punct
	Pc     = &RangeTable{"Pc"}
	Pd     = &RangeTable{"Pd"}
	Ps     = &RangeTable{"Ps"}
	Pe     = &RangeTable{"Pe"}
	Pi     = &RangeTable{"Pi"}
	Pf     = &RangeTable{"Pf"}
	Po     = &RangeTable{"Po"}
	Symbol = &RangeTable{"S"}
	S      = Symbol
	Sm     = &RangeTable{"Sm"}
	Sc     = &RangeTable{"Sc"}
	Sk     = &RangeTable{"Sk"}
	So     = &RangeTable{"So"}
	Space  = &RangeTable{"Z"}
	Z      = Space
	Zs     = &RangeTable{"Zs"}
	Zl     = &RangeTable{"Zl"}
	Zp     = &RangeTable{"Zp"}
	Other  = &RangeTable{"C"}
	C      = Other
	Control = &RangeTable{"Cc"}
	Cc     = Control
	Cf     = &RangeTable{"Cf"}
	Co     = &RangeTable{"Co"}
	Cs     = &RangeTable{"Cs"}

	White_Space = &RangeTable{"White_Space"}

	Arabic     = &RangeTable{"Script=Arabic"}
	Armenian   = &RangeTable{"Script=Armenian"}
	Bengali    = &RangeTable{"Script=Bengali"}
	Common     = &RangeTable{"Script=Common"}
	Cyrillic   = &RangeTable{"Script=Cyrillic"}
	Devanagari = &RangeTable{"Script=Devanagari"}
	Ethiopic   = &RangeTable{"Script=Ethiopic"}
	Georgian   = &RangeTable{"Script=Georgian"}
	Greek      = &RangeTable{"Script=Greek"}
	Han        = &RangeTable{"Script=Han"}
	Hangul     = &RangeTable{"Script=Hangul"}
	Hebrew     = &RangeTable{"Script=Hebrew"}
	Hiragana   = &RangeTable{"Script=Hiragana"}
	Inherited  = &RangeTable{"Script=Inherited"}
	Katakana   = &RangeTable{"Script=Katakana"}
	Latin      = &RangeTable{"Script=Latin"}
	Tamil      = &RangeTable{"Script=Tamil"}
	Thai       = &RangeTable{"Script=Thai"}
)

var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

var PrintRanges = []*RangeTable{L, M, N, P, S}

func Is(rangeTab *RangeTable, r rune) bool

func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func SimpleFold(r rune) rune
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
    Is: (table: { name: string }, r: number) => t.inTable(table.name, r),
    SimpleFold: t.simpleFold,
  },
};
