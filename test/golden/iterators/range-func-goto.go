// run
package main

import "fmt"

func nums(yield func(int) bool) {
	for i := range 5 {
		if !yield(i) {
			fmt.Println("  iterator told to stop at", i)
			return
		}
	}
}

func find(target int) (found int) {
	for x := range nums {
		for y := range nums {
			if x*y == target {
				found = x*10 + y
				goto out
			}
		}
	}
	return -1
out:
	return found
}

func main() {
	n := 0
	for k := range nums {
		n += k
		if n > 2 {
			goto done
		}
	}
	fmt.Println("not printed")
done:
	fmt.Println("n =", n)
	fmt.Println(find(6), find(7))
	i := 0
again:
	i++
	for x := range nums {
		if x == i && i < 3 {
			goto again
		}
	}
	fmt.Println("i =", i)
}
