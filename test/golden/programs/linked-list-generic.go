// run
package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head, tail *node[T]
	size       int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Append(vs ...T) *List[T] {
	for _, v := range vs {
		n := &node[T]{val: v}
		if l.tail == nil {
			l.head, l.tail = n, n
		} else {
			l.tail.next = n
			l.tail = n
		}
		l.size++
	}
	return l
}

func (l *List[T]) All() func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	l := (&List[int]{}).Append(1, 2, 3, 4)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	for i, v := range l.All() {
		if v == 2 {
			break
		}
		fmt.Println(i, v)
	}
	s := &List[string]{}
	s.Append("x")
	s.Reverse()
	fmt.Println(s, s.tail.val)
	var empty List[float64]
	fmt.Println(&empty)
}
