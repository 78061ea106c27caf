// Panics the standard library raises with a plain string value, as Go's packages do with panic("...").
import { Iface } from '../runtime/iface.js';
import { GoPanic } from '../runtime/panic.js';
import { types } from '../runtime/typedesc.js';

export function panicString(msg: string): GoPanic {
  return new GoPanic(new Iface(types.string, msg));
}
