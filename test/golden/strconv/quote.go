// run
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello\n\"world\"\t☺\x00"))
	fmt.Println(strconv.QuoteToASCII("日本☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw`")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("noquotes")
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.Quote("\xff"), strconv.IsPrint('\u00e9'))
}
