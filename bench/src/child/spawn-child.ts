import { type ChildProcess, fork } from 'node:child_process';
import type { ChildReply } from './child-protocol.js';

export interface SpawnChildOptions {
  /** Kill the child and fail after this long. */
  timeoutMs: number;
  /** Extra node flags, e.g. `--cpu-prof`. */
  execArgv?: readonly string[];
}

/**
 * Runs one bundled scenario script in a fresh Node process (plain `node`, no
 * loader, so its memory and CPU are the library's and the scenario's only),
 * hands it `input` over IPC and resolves with its result.
 */
export function runInChild<I, R>(script: string, input: I, options: SpawnChildOptions): Promise<R> {
  const child: ChildProcess = fork(script, [], {
    execArgv: [...(options.execArgv ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise<R>((resolve, reject) => {
    let reply: ChildReply<R> | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    child.on('message', (message: ChildReply<R>) => {
      reply ??= message;
    });
    // Resolved only once the child is gone, so it cannot take CPU from the next run.
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (reply?.type === 'result') resolve(reply.result);
      else if (reply?.type === 'error') reject(new Error(`${script}: ${reply.message}\n${reply.stack ?? ''}`));
      else reject(new Error(`${script} exited without a result (code ${code}, signal ${signal})`));
    });
    child.send(input as object);
  });
}
