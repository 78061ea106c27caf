// interrupt_request (interrupt_mode "message"): stop the running cell, keep the session.
import type { Handler } from './index.js';

export const interrupt: Handler = async (kernel, msg, channel) => {
  kernel.interrupt();
  kernel.reply(channel, msg, 'interrupt_reply', { status: 'ok' });
};
