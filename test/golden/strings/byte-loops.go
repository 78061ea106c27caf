// run
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(reverse("hello, 世界"), reverse(""))
	fmt.Println(isPalindrome("racecar"), isPalindrome("go"))
	counts := [26]int{}
	for _, c := range "mississippi" {
		counts[c-'a']++
	}
	for i, n := range counts {
		if n > 0 {
			fmt.Printf("%c:%d ", 'a'+i, n)
		}
	}
	fmt.Println()
	caesar := []byte("abcxyz")
	for i, c := range caesar {
		caesar[i] = 'a' + (c-'a'+3)%26
	}
	fmt.Println(string(caesar))
}
