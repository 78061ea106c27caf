// run
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _é世!\t\nΣ" {
		fmt.Printf("%q L%v U%v Lo%v D%v N%v S%v P%v Pr%v C%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.IsControl(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('a')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('x', unicode.Letter, unicode.Digit))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar))
}
