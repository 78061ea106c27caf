// shutdown_request: reply (restart echoed), then stop the worker, close the sockets and exit.
// A restart is the client starting a new process, so it gets a new session id.
import type { Handler } from './index.js';

export const shutdown: Handler = async (kernel, msg, channel) => {
  const restart = msg.content['restart'] === true;
  kernel.reply(channel, msg, 'shutdown_reply', { status: 'ok', restart });
  kernel.publish(msg, 'shutdown_reply', { status: 'ok', restart });
  kernel.requestShutdown();
};
