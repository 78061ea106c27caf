// history_request: tail, range and search (glob, unique, n), with outputs when asked.
import type { Handler } from './index.js';
import type { HistoryEntry } from '../history.js';

export const history: Handler = async (kernel, msg, channel) => {
  const c = msg.content;
  const num = (k: string): number | undefined => (typeof c[k] === 'number' ? (c[k] as number) : undefined);
  let entries: HistoryEntry[];
  switch (c['hist_access_type']) {
    case 'tail':
      entries = kernel.history.tail(num('n') ?? 10);
      break;
    case 'range':
      entries = kernel.history.range(num('session') ?? 0, num('start') ?? 0, num('stop'));
      break;
    case 'search':
      entries = kernel.history.search(typeof c['pattern'] === 'string' ? c['pattern'] : '*', num('n'), c['unique'] === true);
      break;
    default:
      entries = [];
  }
  const output = c['output'] === true;
  kernel.reply(channel, msg, 'history_reply', {
    status: 'ok',
    history: entries.map((e) => [e.session, e.line, output ? [e.input, e.output] : e.input]),
  });
};
