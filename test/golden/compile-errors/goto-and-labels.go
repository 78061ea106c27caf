// run
package main

import "fmt"

func main() {
	goto end
	x := 1
	fmt.Println(x)
end:
	fmt.Println("end")
	{
	inner:
		fmt.Println("inner")
	}
	goto inner
L:
	for {
		break L
	}
L:
	fmt.Println()
}
