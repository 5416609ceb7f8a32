import { parseArgs } from 'node:util';
import type { StartEmulatorOptions } from '../start-emulator.js';

export const CLI_USAGE = `Usage: g4f-kit-emulator [options]

Serves local stand-ins for Firebase, ARTA, Hugging Face and Gradio Spaces,
and prints their base URLs as JSON.

  --port <n>                    port (default 8765; 0 = any free port)
  --host <addr>                 interface (default 127.0.0.1)
  --public-url <url>            base URL clients use, if not http://host:port
  --arta-queue-ms <ms>          ARTA time IN_QUEUE (default 0)
  --arta-generation-ms <ms>     ARTA time IN_PROGRESS (default 50)
  --arta-max-side <px>          ARTA longest image side (default 1024)
  --gradio-generation-ms <ms>   Gradio generation time (default 50)
  --gradio-steps <n>            Gradio streamed frames (default 4)
  --heartbeat-ms <ms>           Gradio heartbeat after silence (default 15000)
  --token-lifetime <s>          Firebase id token lifetime (default 3600)
  --zero-gpu-anonymous <mode>   accept | reject anonymous ZeroGPU calls (default accept)
  -h, --help                    show this help
`;

export type CliCommand = { help: true } | { help: false; options: StartEmulatorOptions };

function toNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number))
    throw new RangeError(`--${flag} expects a number, got "${value}"`);
  return number;
}

/** Parses the emulator CLI's arguments into `startEmulator` options. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'public-url': { type: 'string' },
      'arta-queue-ms': { type: 'string' },
      'arta-generation-ms': { type: 'string' },
      'arta-max-side': { type: 'string' },
      'gradio-generation-ms': { type: 'string' },
      'gradio-steps': { type: 'string' },
      'heartbeat-ms': { type: 'string' },
      'token-lifetime': { type: 'string' },
      'zero-gpu-anonymous': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  const anonymous = values['zero-gpu-anonymous'];
  if (anonymous !== undefined && anonymous !== 'accept' && anonymous !== 'reject') {
    throw new RangeError(`--zero-gpu-anonymous expects accept or reject, got "${anonymous}"`);
  }
  const options: StartEmulatorOptions = {
    port: toNumber('port', values.port) ?? 8765,
    host: values.host,
    publicUrl: values['public-url'],
    artaQueueTimeMs: toNumber('arta-queue-ms', values['arta-queue-ms']),
    artaGenerationTimeMs: toNumber('arta-generation-ms', values['arta-generation-ms']),
    artaMaxSide: toNumber('arta-max-side', values['arta-max-side']),
    gradioGenerationTimeMs: toNumber('gradio-generation-ms', values['gradio-generation-ms']),
    gradioSteps: toNumber('gradio-steps', values['gradio-steps']),
    heartbeatMs: toNumber('heartbeat-ms', values['heartbeat-ms']),
    tokenLifetimeSeconds: toNumber('token-lifetime', values['token-lifetime']),
    zeroGpuAnonymous: anonymous,
  };
  return {
    help: false,
    options: Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  };
}
