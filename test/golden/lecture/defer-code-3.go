// run
package main
import (
	"fmt"
)

/*func f2() (r int) {
  // 1. 赋值
  r = 1
  
  // 2. 这里改的r是之前传引用传进去的r，会改变要返回的那个r值
	func(r int) {
    r = r + 5
  } (r)
  
  // 3. 空的 return 指令
  return 
}*/

func f3() (r int) {
  defer func(r *int) {
    *r = *r + 5
  } (&r)
  return 1
}

func main() {
  fmt.Println(f3())
}
