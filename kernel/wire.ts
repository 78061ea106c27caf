// The Jupyter wire format: identities, the <IDS|MSG> delimiter, an HMAC-SHA256 signature over the
// four JSON frames, then the frames and any binary buffers (messaging spec, "The Wire Protocol").
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KernelMessage } from '@jupyterlab/services';

export const DELIMITER = '<IDS|MSG>';

/** A message as it travels: header, parent header, metadata and content, plus routing data. */
export interface WireMessage {
  readonly identities: readonly Buffer[];
  readonly header: KernelMessage.IHeader;
  readonly parent_header: KernelMessage.IHeader | Record<string, never>;
  readonly metadata: Record<string, unknown>;
  readonly content: Record<string, unknown>;
  readonly buffers: readonly Buffer[];
}

/** Why a received multipart message was not accepted; the kernel logs it and drops the message. */
export class WireError extends Error {}

export class Signer {
  private readonly key: Buffer;
  /** Signatures already accepted: a repeated one is a replayed message (as jupyter_client rejects). */
  private readonly seen = new Set<string>();
  private readonly seenOrder: string[] = [];

  constructor(key: string) {
    this.key = Buffer.from(key, 'utf8');
  }

  get enabled(): boolean {
    return this.key.length > 0;
  }

  sign(frames: readonly Buffer[]): string {
    if (!this.enabled) return '';
    const h = createHmac('sha256', this.key);
    for (const f of frames) h.update(f);
    return h.digest('hex');
  }

  /** Checks a received signature in constant time and remembers it against replays. */
  verify(signature: Buffer, frames: readonly Buffer[]): void {
    if (!this.enabled) return;
    if (signature.length === 0) throw new WireError('missing signature');
    const expected = Buffer.from(this.sign(frames), 'latin1');
    // Equal lengths first: timingSafeEqual requires them, and the length of a hex digest is public.
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      throw new WireError('invalid signature');
    }
    const s = signature.toString('latin1');
    if (this.seen.has(s)) throw new WireError('duplicate signature (replayed message)');
    this.seen.add(s);
    this.seenOrder.push(s);
    if (this.seenOrder.length > 65536) this.seen.delete(this.seenOrder.shift()!);
  }
}

function parseJsonObject(frame: Buffer, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(frame.toString('utf8'));
  } catch {
    throw new WireError(`${what} is not valid JSON`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new WireError(`${what} is not a JSON object`);
  return v as Record<string, unknown>;
}

/** Splits, authenticates and parses one received multipart message. */
export function decode(frames: readonly Buffer[], signer: Signer): WireMessage {
  const at = frames.findIndex((f) => f.length === DELIMITER.length && f.toString('latin1') === DELIMITER);
  if (at < 0) throw new WireError('no <IDS|MSG> delimiter');
  if (frames.length < at + 6) throw new WireError(`truncated message (${frames.length - at - 1} frames after the delimiter, need 5)`);
  const signature = frames[at + 1]!;
  const signed = frames.slice(at + 2, at + 6);
  signer.verify(signature, signed);
  const header = parseJsonObject(signed[0]!, 'header');
  for (const field of ['msg_id', 'msg_type', 'session'] as const) {
    if (typeof header[field] !== 'string') throw new WireError(`header.${field} is missing or not a string`);
  }
  const parent = parseJsonObject(signed[1]!, 'parent_header');
  const metadata = parseJsonObject(signed[2]!, 'metadata');
  const content = parseJsonObject(signed[3]!, 'content');
  return {
    identities: frames.slice(0, at),
    header: header as unknown as KernelMessage.IHeader,
    parent_header: parent as WireMessage['parent_header'],
    metadata,
    content,
    buffers: frames.slice(at + 6),
  };
}

/** Serialises and signs a message for sending. */
export function encode(msg: WireMessage, signer: Signer): Buffer[] {
  const signed = [msg.header, msg.parent_header, msg.metadata, msg.content].map((o) => Buffer.from(JSON.stringify(o), 'utf8'));
  return [...msg.identities, Buffer.from(DELIMITER, 'latin1'), Buffer.from(signer.sign(signed), 'latin1'), ...signed, ...msg.buffers];
}
