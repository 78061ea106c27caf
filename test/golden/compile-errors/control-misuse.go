// run
package main

func main() {
	break
	continue
unused:
	for i := 0; i < 1; i++ {
		continue missing
	}
	goto nowhere
	fallthrough
}
