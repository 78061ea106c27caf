package main

const Big = 1 << 100

func main() {
	var a int8 = 300
	var b uint = -1
	var c int = Big
	var d byte = 'ä' + 200
	e := int8(200)
	const f int8 = 100 * 2
	g := uint8(255) + 1
	var h float32 = 1e40
	var i int = 1.5
	var j int = 2.0
	var k = 1 << 64
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, i, k
	_ = j
}
