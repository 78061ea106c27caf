// kernel_info_request: who this kernel is and which language it speaks.
import { readFileSync } from 'node:fs';
import type { KernelMessage } from '@jupyterlab/services';
import type { Handler } from './index.js';
import { PROTOCOL_VERSION } from '../message.js';

function packageVersion(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const v = (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string });
      if (v.name === 'golesson' && v.version) return v.version;
    } catch {
      // try the next layout (source tree or dist/)
    }
  }
  return '0.0.0';
}

export const GO_VERSION = '1.23';

export function kernelInfoContent(): KernelMessage.IInfoReply & { status: 'ok'; debugger: boolean } {
  const version = packageVersion();
  return {
    status: 'ok',
    protocol_version: PROTOCOL_VERSION,
    implementation: 'golesson',
    implementation_version: version,
    language_info: {
      name: 'go',
      version: GO_VERSION,
      mimetype: 'text/x-go',
      file_extension: '.go',
      pygments_lexer: 'go',
      codemirror_mode: 'go',
      nbconvert_exporter: 'script',
    },
    debugger: false,
    banner: `golesson ${version}: Go ${GO_VERSION} for teaching, run by an interpreter. %help explains cells and magics.`,
    help_links: [
      { text: 'The Go Programming Language Specification', url: 'https://go.dev/ref/spec' },
      { text: 'Go standard library', url: 'https://pkg.go.dev/std' },
      { text: 'Effective Go', url: 'https://go.dev/doc/effective_go' },
    ],
  };
}

export const kernelInfo: Handler = async (kernel, msg, channel) => {
  kernel.reply(channel, msg, 'kernel_info_reply', kernelInfoContent());
};
