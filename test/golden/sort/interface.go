// run
package main

import (
	"fmt"
	"sort"
)

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	w := ByLen{"xxxx", "y", "zz", "www"}
	sort.Sort(w)
	fmt.Println(w, sort.IsSorted(w))
	sort.Stable(sort.Reverse(w))
	fmt.Println(w)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[40:])
}
