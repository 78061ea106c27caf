// complete_request: completions from the session (magic names on a % line); cursors in code points.
import type { Handler } from './index.js';
import { codePointToIndex, indexToCodePoint } from '../cursor.js';
import { errorContent } from './errors.js';

export const complete: Handler = async (kernel, msg, channel) => {
  const code = typeof msg.content['code'] === 'string' ? msg.content['code'] : '';
  const cp = typeof msg.content['cursor_pos'] === 'number' ? msg.content['cursor_pos'] : [...code].length;
  const cursor = codePointToIndex(code, cp);
  try {
    const r = await kernel.worker.request({ type: 'complete', code, cursor });
    if (r.kind !== 'complete') throw new Error(`unexpected ${r.kind} result`);
    kernel.reply(channel, msg, 'complete_reply', {
      status: 'ok',
      matches: r.matches,
      cursor_start: indexToCodePoint(code, r.start),
      cursor_end: indexToCodePoint(code, r.end),
      metadata: {},
    });
  } catch (e) {
    kernel.reply(channel, msg, 'complete_reply', errorContent(e));
  }
};
