import { definedOnly } from '@g4f-kit/core';
import { Command, Option } from 'commander';
import { InterruptedError } from '../errors/interrupted-error.js';
import { parseName, parseProxyUrl } from '../flags/flag-parsers.js';
import { createProgress } from '../progress/create-progress.js';
import type { CliContext } from '../runtime/cli-context.js';
import type { GlobalOptions } from '../runtime/global-options.js';
import { abortOnSignal } from '../runtime/wait-for-signal.js';
import { withRuntime } from '../runtime/with-runtime.js';
import { readMessage } from './read-message.js';

interface ChatOptions {
  provider?: string;
  model?: string;
  proxy?: string;
}

const EXAMPLES = `
Examples:
  $ g4f-kit chat "Explain the Gradio queue in one paragraph"
  $ g4f-kit chat "What is in a PNG header?" --provider DeepseekAI_JanusPro7b
  $ g4f-kit chat "Hello" --model janus-pro-7b
  $ echo "Summarise this" | g4f-kit chat -
`;

/** `g4f-kit chat <message>`: streams the answer to stdout as it arrives. */
export function chatCommand(context: CliContext): Command {
  return new Command('chat')
    .description('send one message and stream the answer to stdout')
    .argument('<message...>', 'the message (quote it, or give it as several words; - reads stdin)')
    .addOption(
      new Option('-p, --provider <name>', 'provider name, or several separated by spaces to try in order').argParser(
        parseName,
      ),
    )
    .addOption(
      new Option('-m, --model <name>', "model name (default: the provider's default model)").argParser(parseName),
    )
    .addOption(
      new Option('--proxy <url>', 'http, https or socks5 proxy for upstream requests').argParser(parseProxyUrl),
    )
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], options: ChatOptions, command: Command) => {
      const message = await readMessage(words, context.io);
      await runChat(context, message, options, command.optsWithGlobals<GlobalOptions>());
    });
}

async function runChat(context: CliContext, message: string, options: ChatOptions, globals: GlobalOptions) {
  const { terminal, io } = context;
  await withRuntime(context, globals, {}, async (runtime) => {
    const progress = createProgress(terminal);
    const interrupt = abortOnSignal(io);
    let answering = false;
    let endsWithNewline = true;
    let thinking = false;
    const startAnswer = () => {
      if (answering) return;
      answering = true;
      progress.stop();
    };
    progress.start('Waiting for the answer…');
    try {
      const stream = await runtime.client.chat.completions.create({
        messages: [{ role: 'user', content: message }],
        stream: true,
        signal: interrupt.signal,
        onChunk: (chunk) => {
          if (!answering) progress.update(chunk);
        },
        ...definedOnly({ provider: options.provider, model: options.model, proxy: options.proxy }),
      });
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta;
        if (delta?.reasoning) {
          startAnswer();
          thinking = true;
          terminal.err(terminal.colors.dim(delta.reasoning));
        }
        if (delta?.content) {
          startAnswer();
          if (thinking) terminal.err('\n');
          thinking = false;
          terminal.out(delta.content);
          endsWithNewline = delta.content.endsWith('\n');
        }
      }
      progress.stop();
      if (!endsWithNewline) terminal.out('\n');
    } catch (error) {
      if (answering && !endsWithNewline) terminal.out('\n');
      progress.fail('Chat failed');
      if (interrupt.received) throw new InterruptedError(interrupt.received);
      throw error;
    } finally {
      interrupt.dispose();
    }
  });
}
