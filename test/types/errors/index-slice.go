package main

func main() {
	a := [3]int{}
	s := []int{1, 2}
	str := "hello"
	x := 5
	_ = a[5]
	_ = a[-1]
	_ = s["a"]
	_ = x[0]
	_ = str[1.5]
	_ = a[1:5]
	_ = s[2:1]
	_ = str[1:2:3]
	_ = x[1:]
	m := map[string]int{}
	_ = m[1]
	_ = "abc"[10]
	_ = s[1<<70]
	_ = [3]int{1, 2, 3}[:]
	_ = s[1, 2]
}
