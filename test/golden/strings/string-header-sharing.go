// run
package main

import "fmt"

func main() {
	s := "hello world"
	sub := s[6:]
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(s, sub, string(b))
	t := s
	s = "changed"
	fmt.Println(t, s)
	parts := []string{}
	for i := 0; i < len(t); i += 3 {
		end := i + 3
		if end > len(t) {
			end = len(t)
		}
		parts = append(parts, t[i:end])
	}
	fmt.Printf("%q\n", parts)
	fmt.Println(len("日本語"), len([]rune("日本語")), "日本語"[3:6])
}
