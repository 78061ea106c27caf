// inspect_request: the documentation of the name at the cursor.
import type { Handler } from './index.js';
import { codePointToIndex } from '../cursor.js';
import { errorContent } from './errors.js';

export const inspect: Handler = async (kernel, msg, channel) => {
  const code = typeof msg.content['code'] === 'string' ? msg.content['code'] : '';
  const cp = typeof msg.content['cursor_pos'] === 'number' ? msg.content['cursor_pos'] : [...code].length;
  try {
    const r = await kernel.worker.request({ type: 'inspect', code, cursor: codePointToIndex(code, cp) });
    if (r.kind !== 'inspect') throw new Error(`unexpected ${r.kind} result`);
    kernel.reply(channel, msg, 'inspect_reply', { status: 'ok', found: r.found, data: r.found ? { 'text/plain': r.text } : {}, metadata: {} });
  } catch (e) {
    kernel.reply(channel, msg, 'inspect_reply', errorContent(e));
  }
};
