import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { g4fKitProvidersConfig } from '@g4f-kit/emulator';
import { type StartedServer, startServer } from '@g4f-kit/server';
import type { ServerCommand, ServerEvent } from './server-protocol.js';

/**
 * Part 5: the OpenAI-compatible server in its own process (so its CPU is
 * measured apart from the load generator and the emulator), built by
 * `startServer` exactly as an operator would, pointed at the emulator through
 * config overrides, logging off. Reports its CPU and memory on request.
 */
let server: StartedServer | undefined;
let directory: string | undefined;

const send = (event: ServerEvent): void => {
  process.send?.(event);
};

process.on('message', (command: ServerCommand) => {
  handle(command).catch((error: unknown) => send({ type: 'error', message: String(error) }));
});

async function handle(command: ServerCommand): Promise<void> {
  if (command.type === 'start') {
    directory = await mkdtemp(join(tmpdir(), 'g4f-kit-bench-server-'));
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      cwd: directory,
      env: {},
      overrides: {
        logLevel: 'silent',
        mediaDir: join(directory, 'media'),
        cookiesDir: join(directory, 'cookies'),
        providers: g4fKitProvidersConfig(command.emulator),
      },
    });
    send({ type: 'ready', url: server.url });
  } else if (command.type === 'usage') {
    const cpu = process.cpuUsage();
    send({
      type: 'usage',
      cpuMs: (cpu.user + cpu.system) / 1000,
      rssMiB: process.memoryUsage.rss() / 2 ** 20,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    });
  } else {
    await server?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
    process.disconnect();
  }
}
