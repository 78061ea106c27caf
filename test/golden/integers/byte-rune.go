// run
package main

import "fmt"

func main() {
	var b byte = 'A'
	var r rune = '世'
	fmt.Println(b, r)
	fmt.Printf("%c %c %U %x\n", b, r, r, r)
	b += 2
	fmt.Println(string(b), string(r))
	fmt.Println('a' < 'b', 'z'-'a')
	digits := "12345"
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	fmt.Println(sum)
	fmt.Printf("%q %q %q\n", 'x', '\n', '\'')
}
