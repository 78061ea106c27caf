// run
package main
import (
	"fmt"
)

/*func f1() (r int) {
  t := 5
  
  // 1.赋值指令
  r = t
  
  // 2. defer被插入到赋值与返回之间执行，这个例子中返回值 t 没有被修改过
	func() {
    t = t + 5
  } ()
  
  // 3. 空的 return 指令
  return 
}*/

func f1() (r int) {
  t := 5
  defer func() {
    t = t + 5
  } ()
  return t
}

func main() {
  fmt.Println(f1())
}
