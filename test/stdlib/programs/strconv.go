package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "+3", "", "abc", "99999999999999999999", "-9223372036854775808", "1_000", "0x1F", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"1_000", 0, 64}, {"z", 36, 64}, {"12", 1, 64}, {"12", 10, 65}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "0x1p-2", "1.5e-5", ".5", "5.", "abc", "1_0.5", "+1.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "0", "yes", "FALSE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.FormatInt(35, 36))
	for _, f := range []float64{3.14159, 1e21, 1e-7, 100, 0.1 + 0.2, 2.5, 123456789.125} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', 4, 32), strconv.FormatFloat(f, 'G', 10, 64))
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(0.1, 'b', -1, 64), strconv.FormatFloat(-2.5, 'x', -1, 64), strconv.FormatFloat(1, 'x', 3, 64))
	fmt.Println(strconv.Quote("hello\tworld\n\"é\"\x00\xff"), strconv.QuoteToASCII("日本\n"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u65e5"`, `"bad`, `'ab'`, `"\x41\101"`, `"\q"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	fmt.Println(string(strconv.AppendInt([]byte("n="), -12, 10)), string(strconv.AppendQuote(nil, "q")), strconv.FormatBool(true))
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("ok"), strconv.IsPrint('\u00ad'), strconv.IsPrint('a'))
	_, err = strconv.Atoi("x1")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("NumError:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err))
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
}
