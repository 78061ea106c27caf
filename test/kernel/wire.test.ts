// The wire layer on its own: signing, constant-time checks, replays, and parsing of broken frames.
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { decode, encode, Signer, WireError } from '../../kernel/wire.js';
import { KernelIdentity } from '../../kernel/message.js';
import { parseConnectionInfo, endpoint, ConnectionFileError } from '../../kernel/connection.js';
import { History, globToRegExp } from '../../kernel/history.js';
import { codePointToIndex, indexToCodePoint } from '../../kernel/cursor.js';
import { OutputLimiter, StreamCoalescer } from '../../kernel/output.js';

const key = 'secret-key';
const header = { msg_id: 'm1', msg_type: 'kernel_info_request', session: 's1', username: 'u', date: '2026-01-01T00:00:00Z', version: '5.3' };

function signedFrames(parts: object[], k = key): Buffer[] {
  const json = parts.map((p) => Buffer.from(JSON.stringify(p)));
  const h = createHmac('sha256', k);
  for (const j of json) h.update(j);
  return [Buffer.from('client-id'), Buffer.from('<IDS|MSG>'), Buffer.from(h.digest('hex')), ...json];
}

describe('wire', () => {
  it('decodes a signed message with its identities and checks the HMAC', () => {
    const m = decode(signedFrames([header, {}, {}, { a: 1 }]), new Signer(key));
    expect(m.identities.map(String)).toEqual(['client-id']);
    expect(m.header.msg_type).toBe('kernel_info_request');
    expect(m.content).toEqual({ a: 1 });
    expect(() => decode(signedFrames([header, {}, {}, {}], 'other-key'), new Signer(key))).toThrow('invalid signature');
  });

  it('rejects replays, missing signatures and broken frames with a reason', () => {
    const s = new Signer(key);
    const f = signedFrames([header, {}, {}, {}]);
    decode(f, s);
    expect(() => decode(f, s)).toThrow('duplicate signature');
    const unsigned = signedFrames([{ ...header, msg_id: 'm2' }, {}, {}, {}]);
    unsigned[2] = Buffer.alloc(0);
    expect(() => decode(unsigned, s)).toThrow('missing signature');
    const short = signedFrames([{ ...header, msg_id: 'm3' }, {}, {}, {}]);
    short[2] = Buffer.from('abc');
    expect(() => decode(short, s)).toThrow('invalid signature');
    expect(() => decode([Buffer.from('x')], s)).toThrow('no <IDS|MSG> delimiter');
    expect(() => decode(signedFrames([header, {}, {}, {}]).slice(0, 5), s)).toThrow(/truncated message/);
    expect(() => decode(signedFrames([{ ...header, msg_id: 'm4' }, {}, {}, []]), s)).toThrow('content is not a JSON object');
    expect(() => decode(signedFrames([{ msg_id: 'm5', session: 's' }, {}, {}, {}]), s)).toThrow('header.msg_type is missing or not a string');
    for (const e of [() => decode([], s)]) expect(e).toThrow(WireError);
  });

  it('accepts unsigned messages when the key is empty', () => {
    const f = signedFrames([header, {}, {}, {}]);
    f[2] = Buffer.alloc(0);
    expect(decode(f, new Signer('')).header.msg_id).toBe('m1');
  });

  it('encodes replies from their parent: identities echoed, parent_header set, fresh ids, signed', () => {
    const s = new Signer(key);
    const parent = decode(signedFrames([header, {}, {}, {}]), s);
    const id = new KernelIdentity();
    const a = id.reply(parent, 'kernel_info_reply', { status: 'ok' });
    const b = id.reply(parent, 'kernel_info_reply', { status: 'ok' });
    expect(a.header.msg_id).not.toBe(b.header.msg_id);
    expect(a.parent_header).toEqual(header);
    expect(a.header.session).toBe(id.session);
    expect(new KernelIdentity().session).not.toBe(id.session);
    const frames = encode(a, s);
    expect(frames[0]!.toString()).toBe('client-id');
    const back = decode(frames, new Signer(key));
    expect(back.content).toEqual({ status: 'ok' });
    const pub = id.broadcast(parent, 'status', { execution_state: 'busy' });
    expect(pub.identities.map(String)).toEqual([`kernel.${id.session}.status`]);
  });
});

describe('connection file', () => {
  const good = { transport: 'tcp', ip: '127.0.0.1', shell_port: 1, control_port: 2, iopub_port: 3, stdin_port: 4, hb_port: 5, key: 'k', signature_scheme: 'hmac-sha256' };
  it('reads the endpoints', () => {
    const c = parseConnectionInfo(good);
    expect(endpoint(c, 'shell')).toBe('tcp://127.0.0.1:1');
    expect(endpoint(parseConnectionInfo({ ...good, ip: '::1' }), 'hb')).toBe('tcp://[::1]:5');
    expect(endpoint(parseConnectionInfo({ ...good, transport: 'ipc', ip: '/tmp/k' }), 'iopub')).toBe('ipc:///tmp/k-3');
  });
  it('refuses what it cannot use, naming the field', () => {
    expect(() => parseConnectionInfo([])).toThrow(ConnectionFileError);
    expect(() => parseConnectionInfo({ ...good, hb_port: 70000 })).toThrow('"hb_port" must be a port number (0-65535), got 70000');
    expect(() => parseConnectionInfo({ ...good, signature_scheme: 'hmac-md5' })).toThrow('unsupported signature_scheme "hmac-md5"');
    expect(() => parseConnectionInfo({ ...good, transport: 'udp' })).toThrow('unsupported transport "udp"');
  });
});

describe('history', () => {
  it('answers tail, range and glob search with unique and n', () => {
    const h = new History();
    ['a := 1', 'fmt.Println(a)', 'a := 1', 'b := 2'].forEach((c, i) => h.add(i + 1, c));
    expect(h.tail(2).map((e) => e.input)).toEqual(['a := 1', 'b := 2']);
    expect(h.range(0, 2, 4).map((e) => e.line)).toEqual([2, 3]);
    expect(h.range(7, 1, 4)).toEqual([]);
    expect(h.search('a *', undefined, false).map((e) => e.line)).toEqual([1, 3]);
    expect(h.search('a *', undefined, true).map((e) => e.line)).toEqual([3]);
    expect(h.search('*', 2, false).map((e) => e.line)).toEqual([3, 4]);
    expect(globToRegExp('fmt.[PQ]rint?n(*)').test('fmt.Println(a)')).toBe(true);
    expect(globToRegExp('fmt.[!P]*').test('fmt.Println(a)')).toBe(false);
  });
});

describe('cursor positions', () => {
  it('converts code points to JS indices and back', () => {
    const s = 'a😀b';
    expect(codePointToIndex(s, 2)).toBe(3);
    expect(indexToCodePoint(s, 3)).toBe(2);
    expect(indexToCodePoint(s, s.length)).toBe(3);
  });
});

describe('output', () => {
  it('decodes UTF-8 across chunk boundaries at once, and cuts at the limit with a note', () => {
    const sent: Array<[string, string]> = [];
    let cut = 0;
    const o = new OutputLimiter((n, t) => sent.push([n, t]), 20, () => cut++);
    const bytes = Buffer.from('é', 'utf8').toString('latin1');
    o.write('stdout', 'ab' + bytes[0]);
    expect(sent).toEqual([['stdout', 'ab']]);
    o.write('stdout', bytes[1] + 'c');
    o.write('stderr', 'E');
    expect(sent).toEqual([['stdout', 'ab'], ['stdout', 'éc'], ['stderr', 'E']]);
    o.write('stdout', 'x'.repeat(30));
    expect(cut).toBe(1);
    expect(sent[3]).toEqual(['stdout', 'x'.repeat(14)]);
    expect(sent[4]![1]).toMatch(/printed more than 20 bytes; the rest of its output was dropped and the cell was stopped/);
    o.write('stdout', 'zzz');
    expect(sent).toHaveLength(5);
  });

  it('coalesces chunks per stream until flushed, keeping their order', () => {
    const published: Array<[string, string]> = [];
    const c = new StreamCoalescer((n, t) => published.push([n, t]));
    c.write('stdout', 'a');
    c.write('stdout', 'b');
    c.write('stderr', 'E');
    c.write('stdout', 'c');
    expect(published).toEqual([]);
    c.flush();
    expect(published).toEqual([['stdout', 'ab'], ['stderr', 'E'], ['stdout', 'c']]);
    c.write('stdout', 'x'.repeat(64 * 1024));
    expect(published).toHaveLength(4);
    c.flush();
  });
});
