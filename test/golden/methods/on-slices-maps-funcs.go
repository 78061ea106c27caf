// run
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) String() string {
	keys := []string{}
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, ",") + "}"
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Pop(), s, len(s))
	set := Set{}
	set.Add("b")
	set.Add("a")
	fmt.Println(set)
	h := HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hi"))
}
