// Building outgoing messages: every reply and iopub message is made from its parent request, so
// parent_header, identities and the session are never forgotten.
// node:crypto's randomUUID gives the same RFC 4122 v4 ids as the uuid package without its import
// cost (100-400 ms of kernel start on a busy machine).
import { randomUUID } from 'node:crypto';
import type { KernelMessage } from '@jupyterlab/services';
import type { WireMessage } from './wire.js';

export const PROTOCOL_VERSION = '5.3';

/** Identity of the running kernel process; a restart is a new process and so a new session. */
export class KernelIdentity {
  readonly session = randomUUID();
  readonly username = 'golesson';

  header(msgType: string): KernelMessage.IHeader {
    return {
      msg_id: randomUUID(),
      msg_type: msgType as KernelMessage.MessageType,
      session: this.session,
      username: this.username,
      date: new Date().toISOString(),
      version: PROTOCOL_VERSION,
    };
  }

  /** A reply on the parent's socket: identities echoed so the ROUTER routes it back. */
  reply(parent: WireMessage | null, msgType: string, content: object, metadata: Record<string, unknown> = {}): WireMessage {
    return {
      identities: parent?.identities ?? [],
      header: this.header(msgType),
      parent_header: parent?.header ?? {},
      metadata,
      content: content as Record<string, unknown>,
      buffers: [],
    };
  }

  /** An iopub message: the topic frame names the kernel and the message type, as ipykernel does. */
  broadcast(parent: WireMessage | null, msgType: string, content: object, metadata: Record<string, unknown> = {}): WireMessage {
    return {
      identities: [Buffer.from(`kernel.${this.session}.${msgType}`, 'utf8')],
      header: this.header(msgType),
      parent_header: parent?.header ?? {},
      metadata,
      content: content as Record<string, unknown>,
      buffers: [],
    };
  }
}
