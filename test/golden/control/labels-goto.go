// run
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 4 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
sw:
	switch {
	case true:
		for {
			break sw
		}
	}
	fmt.Println("after switch")
	n := 0
	for {
		switch {
		case n > 2:
			goto done
		}
		n++
	}
done:
	fmt.Println("done", n)
}
