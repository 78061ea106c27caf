// build -gcflags=-m=2 -l
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) String() string {
	return fmt.Sprint(s.items)
}

func main() {
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	fmt.Println(s)
	var ss Stack[string]
	ss.Push("a")
	fmt.Println(ss.Pop())
}
