// is_complete_request: whether a console may run the code as typed (complete, incomplete + indent,
// invalid), as the session's parser decides.
import type { Handler } from './index.js';

export const isComplete: Handler = async (kernel, msg, channel) => {
  const code = typeof msg.content['code'] === 'string' ? msg.content['code'] : '';
  try {
    const r = await kernel.worker.request({ type: 'is_complete', code });
    if (r.kind !== 'is_complete') throw new Error(`unexpected ${r.kind} result`);
    kernel.reply(channel, msg, 'is_complete_reply', { ...r.completeness });
  } catch (e) {
    kernel.log(`is_complete failed: ${(e as Error).message}`);
    kernel.reply(channel, msg, 'is_complete_reply', { status: 'unknown' });
  }
};
