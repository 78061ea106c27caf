// Go code the same in math/rand and math/rand/v2 (each package compiles its own copy against its
// own Rand): the Zipf distribution, and the ziggurat NormFloat64 and ExpFloat64, which differ only
// in how a draw gives the box index and the sample.
export const zipfSource = `// Zipf draws from a Zipf distribution by rejection-inversion (Hormann and Derflinger): values k in
// [0, imax] with P(k) proportional to (v + k) ** (-s).
type Zipf struct {
	r           *Rand
	imax        float64
	v           float64
	q           float64
	s           float64
	oneMinusQ   float64
	oneMinusInv float64
	hxm         float64
	hx0MinusHxm float64
}

// h is the integral of the hat function; hinv its inverse.
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneMinusQ*math.Log(z.v+x)) * z.oneMinusInv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneMinusInv*math.Log(z.oneMinusQ*x)) - z.v
}

// NewZipf returns nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneMinusQ = 1.0 - z.q
	z.oneMinusInv = 1.0 / z.oneMinusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0MinusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	var k float64
	for {
		u := z.hxm + z.r.Float64()*z.hx0MinusHxm
		x := z.hinv(u)
		k = math.Floor(x + 0.5)
		if k-x <= z.s || u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			return uint64(k)
		}
	}
}
`;

/** The ziggurats; `normDraw` and `expDraw` are the Go lines setting j (the sample) and i (the box). */
export function zigguratSource(normDraw: string, expDraw: string): string {
  return `// normalBox and expBox give a ziggurat box's acceptance threshold, scale, and the density at its
// edge and at the previous box's edge (ziggurat.ts).
func normalBox(i int32) (k uint32, w, f, fPrev float32)
func expBox(i uint32) (k uint32, w, f, fPrev float32)

const (
	normalTail = 3.442619855899
	expTail    = 7.69711747013104972
)

// NormFloat64 draws from the standard normal distribution by the ziggurat method.
func (r *Rand) NormFloat64() float64 {
	for {
${normDraw}		k, w, f, fPrev := normalBox(i)
		x := float64(j) * float64(w)
		mag := uint32(j)
		if j < 0 {
			mag = uint32(-j)
		}
		if mag < k {
			return x
		}
		if i == 0 {
			// The tail beyond normalTail, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / normalTail)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normalTail + x
			}
			return -normalTail - x
		}
		if f+float32(r.Float64())*(fPrev-f) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 draws from the exponential distribution with rate 1 by the ziggurat method.
func (r *Rand) ExpFloat64() float64 {
	for {
${expDraw}		k, w, f, fPrev := expBox(i)
		x := float64(j) * float64(w)
		if j < k {
			return x
		}
		if i == 0 {
			return expTail - math.Log(r.Float64())
		}
		if f+float32(r.Float64())*(fPrev-f) < float32(math.Exp(-x)) {
			return x
		}
	}
}
`;
}
