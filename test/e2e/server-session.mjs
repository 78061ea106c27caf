// Drives a running jupyter-server through @jupyterlab/services (as JupyterLab does): starts a
// golesson kernel, runs cells, interrupts `for {}`, floods output, restarts and shuts down.
// Prints one JSON report on stdout. Usage: node --experimental-websocket server-session.mjs URL TOKEN
import { KernelManager, ServerConnection } from '@jupyterlab/services';

const [baseUrl, token] = process.argv.slice(2);
const serverSettings = ServerConnection.makeSettings({ baseUrl, wsUrl: baseUrl.replace(/^http/, 'ws'), token, WebSocket, fetch });
const report = {};

async function run(kernel, code, opts = {}) {
  const iopub = [];
  const future = kernel.requestExecute({ code, stop_on_error: true, ...opts });
  future.onIOPub = (msg) => iopub.push({ type: msg.header.msg_type, content: msg.content, parent: msg.parent_header.msg_id });
  const started = opts.onStart?.(future, iopub);
  const reply = await future.done;
  await started;
  return { reply: reply.content, iopub, msgId: future.msg.header.msg_id };
}

const until = async (pred, what, ms = 20000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const t0 = Date.now();
const mark = (what) => ((report.timeline ??= []).push(`${what} ${Date.now() - t0}ms`));
const manager = new KernelManager({ serverSettings });
await manager.ready;
const kernel = await manager.startNew({ name: 'golesson' });
try {
  const info = await kernel.info;
  report.languageInfo = info.language_info;
  mark('hello');
  report.hello = await run(kernel, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n');
  report.value = await run(kernel, '1 + 2');
  mark('interrupt');
  report.interrupt = await run(kernel, 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', {
    onStart: async (_future, iopub) => {
      await until(() => iopub.some((m) => m.type === 'execute_input'), 'execute_input');
      await kernel.interrupt();
    },
  });
  report.afterInterrupt = await run(kernel, '1 + 2');
  mark('flood');
  report.flood = await run(kernel, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor { fmt.Println("flood") }\n}\n');
  const sessionBefore = (await kernel.requestKernelInfo()).header.session;
  mark('kernel.restart();');
  await kernel.restart();
  report.sessionChanged = (await kernel.requestKernelInfo()).header.session !== sessionBefore;
  mark('afterRestart');
  report.afterRestart = await run(kernel, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n');
} finally {
  mark('kernel.shutdown();');
  await kernel.shutdown();
  const listed = await fetch(`${baseUrl}api/kernels`, { headers: { Authorization: `token ${token}` } });
  report.kernelsAfterShutdown = await listed.json();
  manager.dispose();
}
// Exit only once the (large) report has left the pipe.
process.stdout.write(JSON.stringify(report) + '\n', () => process.exit(0));
