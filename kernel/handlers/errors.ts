// Error reply content for requests that failed inside golesson (not in the user's program).
import { SessionUnavailable, WorkerLost } from '../worker-host.js';

export function errorContent(e: unknown): { status: 'error'; ename: string; evalue: string; traceback: string[] } {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err instanceof SessionUnavailable) return { status: 'error', ename: 'SessionUnavailable', evalue: err.message, traceback: [err.message] };
  if (err instanceof WorkerLost) return { status: 'error', ename: 'SessionLost', evalue: err.message, traceback: [err.message] };
  return { status: 'error', ename: 'InternalError', evalue: err.message, traceback: (err.stack ?? err.message).split('\n') };
}
