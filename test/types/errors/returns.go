package main

func a() int {
	return 1, 2
}

func b() (int, string) {
	return 1
}

func c() {
	return 1
}

func d() (int, error) {
	return
}

func e() (x int, err error) {
	{
		x := 2
		_ = x
		return
	}
}

func f() (int, string) {
	return b()
}

func g() int {
	return b()
}

func main() {}
