// run
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[:2], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	fmt.Println(s+"!", s == "héllo, 世界", "a" < "b", "abc" < "abd", "Z" < "a")
	r := []rune(s)
	fmt.Println(len(r), string(r[1]), string(r[7:]))
	b := []byte(s)
	fmt.Println(len(b), b[:3], string(b[:3]))
	raw := `raw\n "string"`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", "back\\slash", "\u00e9", "\xff"[0])
}
