// The connection file a Jupyter client writes for a kernel: where to bind and how to sign.
import { readFileSync } from 'node:fs';

export type Channel = 'shell' | 'control' | 'iopub' | 'stdin' | 'hb';

export interface ConnectionInfo {
  readonly transport: 'tcp' | 'ipc';
  readonly ip: string;
  readonly ports: Readonly<Record<Channel, number>>;
  /** The HMAC key; empty means messages are not signed (and not checked). */
  readonly key: string;
  readonly signatureScheme: 'hmac-sha256';
}

/** A connection file that cannot be used: the kernel prints the message and exits with status 2. */
export class ConnectionFileError extends Error {}

const portFields: ReadonlyArray<readonly [Channel, string]> = [
  ['shell', 'shell_port'],
  ['control', 'control_port'],
  ['iopub', 'iopub_port'],
  ['stdin', 'stdin_port'],
  ['hb', 'hb_port'],
];

/** Reads and validates a connection file; every problem is a ConnectionFileError naming the file. */
export function readConnectionFile(path: string): ConnectionInfo {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConnectionFileError(`cannot read connection file ${path}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConnectionFileError(`connection file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  return parseConnectionInfo(raw, path);
}

export function parseConnectionInfo(raw: unknown, path = 'connection file'): ConnectionInfo {
  const bad = (why: string): never => {
    throw new ConnectionFileError(`connection file ${path}: ${why}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad('expected a JSON object');
  const o = raw as Record<string, unknown>;
  const transport = o['transport'] ?? 'tcp';
  if (transport !== 'tcp' && transport !== 'ipc') bad(`unsupported transport ${JSON.stringify(transport)}`);
  const ip = o['ip'] ?? '127.0.0.1';
  if (typeof ip !== 'string' || ip === '') bad('"ip" must be a non-empty string');
  const ports = {} as Record<Channel, number>;
  for (const [channel, field] of portFields) {
    const p = o[field];
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 65535) {
      bad(`"${field}" must be a port number (0-65535), got ${JSON.stringify(p)}`);
    }
    ports[channel] = p as number;
  }
  const key = o['key'] ?? '';
  if (typeof key !== 'string') bad('"key" must be a string');
  const scheme = o['signature_scheme'] ?? 'hmac-sha256';
  if (scheme !== 'hmac-sha256') bad(`unsupported signature_scheme ${JSON.stringify(scheme)} (golesson supports hmac-sha256)`);
  return { transport: transport as 'tcp' | 'ipc', ip: ip as string, ports, key: key as string, signatureScheme: 'hmac-sha256' };
}

/** The zeromq endpoint for one channel; port 0 asks the system for a free port (tcp only). */
export function endpoint(info: ConnectionInfo, channel: Channel): string {
  const port = info.ports[channel];
  if (info.transport === 'ipc') return `ipc://${info.ip}-${port}`;
  return `tcp://${info.ip.includes(':') ? `[${info.ip}]` : info.ip}:${port === 0 ? '*' : port}`;
}
