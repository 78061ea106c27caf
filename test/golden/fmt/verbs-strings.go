// run
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%v|%x|%X|% x|%#q\n", s, s, s, s, s, s, "back`tick")
	fmt.Printf("%10s|%-10s|%.2s|%5.1s|\n", s, s, s, s)
	fmt.Printf("%q %+q %#q\n", "日本\t", "日本\t", "日本")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%x %X\n", []byte{1, 171, 255}, "hi")
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%%d literal, %s\n", "done")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
}
