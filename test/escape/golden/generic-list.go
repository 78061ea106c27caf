// build -gcflags=-m -l
package main

import "fmt"

type Node[T any] struct {
	val  T
	next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &Node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) All() []T {
	out := make([]T, 0, l.size)
	l.Each(func(v T) { out = append(out, v) })
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	fmt.Println(l.All())
	p := MakePair("x", 1)
	fmt.Println(p)
	fmt.Println(p.String())
}
