// run
package main

func one() int {
	return 1, 2
}

func pair() (int, string) {
	return 1
}

func none() {
	return 5
}

func main() {
	one()
	pair()
	none()
}
