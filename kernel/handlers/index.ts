// The handler table: one function per request msg_type. The kernel wraps each in busy/idle.
import type { Kernel } from '../kernel.js';
import type { WireMessage } from '../wire.js';
import { kernelInfo } from './kernel-info.js';
import { execute } from './execute.js';
import { complete } from './complete.js';
import { inspect } from './inspect.js';
import { isComplete } from './is-complete.js';
import { history } from './history.js';
import { commInfo, commOpen, commIgnored } from './comm.js';
import { shutdown } from './shutdown.js';
import { interrupt } from './interrupt.js';

export type RequestChannel = 'shell' | 'control';

export type Handler = (kernel: Kernel, msg: WireMessage, channel: RequestChannel) => Promise<void>;

export const handlers: Readonly<Record<string, Handler>> = {
  kernel_info_request: kernelInfo,
  execute_request: execute,
  complete_request: complete,
  inspect_request: inspect,
  is_complete_request: isComplete,
  history_request: history,
  comm_info_request: commInfo,
  comm_open: commOpen,
  comm_msg: commIgnored,
  comm_close: commIgnored,
  shutdown_request: shutdown,
  interrupt_request: interrupt,
};
