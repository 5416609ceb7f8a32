import { Reasoning } from '@g4f-kit/core';
import { defineMockProvider, mockTextProvider } from '@g4f-kit/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeServices } from '../__fixtures__/fake-services.js';
import { memoryIo } from '../__fixtures__/memory-io.js';
import { runCli } from '../program/run-cli.js';

const Talker = defineMockProvider({
  name: 'Talker',
  defaultModel: 'talk-1',
  models: ['talk-1'],
  respond: ({ messages }) => [new Reasoning({ label: 'Thinking' }), 'You said: ', String(messages.at(-1)?.content)],
});

describe('g4f-kit chat', () => {
  function setup(stdin?: string) {
    const io = memoryIo(stdin === undefined ? {} : { stdin });
    const services = fakeServices([Talker, mockTextProvider('Echo', 'echo answer\n')]);
    return { io, services, run: (...argv: string[]) => runCli(argv, { io, services }) };
  }

  it('streams the answer to stdout and ends it with a newline', async () => {
    const { io, run } = setup();
    expect(await run('chat', 'hello', 'there', '--provider', 'Talker')).toBe(0);
    expect(io.stdout.text).toBe('You said: hello there\n');
    expect(io.stderr.lines).toEqual(['Waiting for the answer…', 'Using Talker (talk-1)', 'Thinking']);
  });

  it('adds no second newline when the answer ends with one', async () => {
    const { io, run } = setup();
    expect(await run('chat', 'hi', '-p', 'Echo')).toBe(0);
    expect(io.stdout.text).toBe('echo answer\n');
  });

  it('routes by --model', async () => {
    const { io, run } = setup();
    expect(await run('chat', 'hi', '--model', 'talk-1')).toBe(0);
    expect(io.stdout.text).toBe('You said: hi\n');
  });

  it('reads the message from stdin with -', async () => {
    const { io, run } = setup('from a pipe');
    expect(await run('chat', '-', '-p', 'Talker')).toBe(0);
    expect(io.stdout.text).toBe('You said: from a pipe\n');
  });

  it('rejects an empty message and unknown models with exit code 2', async () => {
    const { io, run } = setup('   ');
    expect(await run('chat', '-', '-p', 'Talker')).toBe(2);
    expect(io.stderr.lines.at(-1)).toBe('g4f-kit: the message is empty');
    expect(await run('chat', 'hi', '--model', 'no-such-model')).toBe(2);
    expect(io.stderr.lines.at(-1)).toMatch(/^g4f-kit: Model not found: "no-such-model"/);
  });
});
