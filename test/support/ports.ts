// Free TCP ports for servers the tests start (kernels, jupyter-server, the notebook UI).
// Ports come from below the kernel's ephemeral range (32768-60999 on Linux): a port from inside
// it can be taken between our check and the server's bind by any outgoing connection, or by a
// zeromq client that connects before the server binds and, by TCP simultaneous open, meets itself.
import { createServer } from 'node:net';

const low = 20000;
const high = 32767;
const handedOut = new Set<number>();

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A port no one listens on now, not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 1000; tries++) {
    // Spread by process id too, so parallel test workers rarely draw the same port.
    const port = low + ((Math.floor(Math.random() * (high - low)) + process.pid * 7919) % (high - low));
    if (handedOut.has(port)) continue;
    if (await canBind(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${low}-${high}`);
}
