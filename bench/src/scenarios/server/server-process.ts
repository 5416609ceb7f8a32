import { type ChildProcess, fork } from 'node:child_process';
import type { EmulatorAddress } from '../../emulator/emulator-address.js';
import type { ServerCommand, ServerEvent } from './server-protocol.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** The server process's CPU so far (user + system, ms) and memory. */
  usage(): Promise<{ cpuMs: number; rssMiB: number; maxRssMiB: number }>;
  stop(): Promise<void>;
}

/** Forks the bundled server child and waits until it listens. */
export async function startServerProcess(
  script: string,
  emulator: EmulatorAddress,
  execArgv: readonly string[] = [],
): Promise<ServerProcess> {
  const child: ChildProcess = fork(script, [], {
    execArgv: [...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type: ServerEvent['type']): Promise<ServerEvent> =>
    new Promise((resolve, reject) => {
      const onMessage = (event: ServerEvent) => {
        if (event.type === 'error') reject(new Error(`server child: ${event.message}`));
        else if (event.type === type) resolve(event);
        else return;
        child.off('message', onMessage);
      };
      child.on('message', onMessage);
    });
  const command = (message: ServerCommand) => child.send(message);
  const ready = next('ready');
  command({ type: 'start', emulator });
  const started = (await ready) as Extract<ServerEvent, { type: 'ready' }>;
  return {
    url: started.url,
    pid: child.pid as number,
    async usage() {
      const answer = next('usage');
      command({ type: 'usage' });
      const { cpuMs, rssMiB, maxRssMiB } = (await answer) as Extract<ServerEvent, { type: 'usage' }>;
      return { cpuMs, rssMiB, maxRssMiB };
    },
    stop() {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        command({ type: 'stop' });
      });
    },
  };
}
