// build -gcflags=-m -l
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}
type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[0 : n-1]
	return it
}

func main() {
	h := &IntHeap{9, 2, 7, 5, 1, 8, 3, 3, 6}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 4)
	fmt.Println(*h, (*h)[0])
	(*h)[3] = 100
	heap.Fix(h, 3)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 2), *h)
	var out []string
	for h.Len() > 0 {
		out = append(out, fmt.Sprint(heap.Pop(h)))
	}
	fmt.Println(strings.Join(out, " "))
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "fig": 3}
	pq := PQ{}
	for _, name := range []string{"banana", "apple", "pear", "fig"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	for _, it := range pq {
		fmt.Print(it.value, ":", it.index, " ")
	}
	fmt.Println()
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%d:%s ", it.priority, it.value)
	}
	fmt.Println()
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToFront(e4)
	l.MoveAfter(e1, e4)
	l.Remove(l.Back())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Front().Value, l.Back().Value)
	var l2 list.List
	l2.PushBack("x")
	l2.PushBackList(l)
	l2.PushFrontList(l)
	for e := l2.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l2.Len(), l.Remove(e1), l.Len(), e1.Next() == nil)
}
