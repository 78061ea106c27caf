// Comms: golesson registers no comm targets, so a comm_open is answered by closing it.
import type { Handler } from './index.js';

export const commInfo: Handler = async (kernel, msg, channel) => {
  kernel.reply(channel, msg, 'comm_info_reply', { status: 'ok', comms: {} });
};

export const commOpen: Handler = async (kernel, msg) => {
  const commId = msg.content['comm_id'];
  kernel.log(`comm_open for unknown target ${JSON.stringify(msg.content['target_name'])}; closing it`);
  if (typeof commId === 'string') kernel.publish(msg, 'comm_close', { comm_id: commId, data: {} });
};

export const commIgnored: Handler = async () => {};
