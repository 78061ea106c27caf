package main

func main() {
	for k, v, w := range []int{1} {
		_, _, _ = k, v, w
	}
}
