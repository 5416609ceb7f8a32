import { describe, expect, it } from 'vitest';
import { useTestServer } from './use-test-server.js';

const server = useTestServer({
  'GET https://api.test/items/:id': { type: 'json', body: { id: 'from-get' } },
  'POST https://api.test/items/:id': { type: 'json', body: { id: 'from-post' }, status: 201 },
  'https://api.test/any': { type: 'text', body: 'any method' },
  'https://api.test/sequence': [
    { type: 'error', status: 503, body: 'busy' },
    { type: 'text', body: 'second' },
    { type: 'text', body: 'last repeats' },
  ],
  'https://api.test/binary': { type: 'binary', body: new Uint8Array([1, 2, 3]), contentType: 'image/png' },
  'https://api.test/stream': { type: 'sse', chunks: ['data: 1\n\n', 'data: 2\n\n'] },
  'https://api.test/empty': { type: 'empty' },
  'https://api.test/computed': ({ callNumber, url }) => ({
    type: 'json',
    body: { callNumber, q: url.searchParams.get('q') },
  }),
  'https://api.test/raw': () => new Response('raw response', { status: 202 }),
  'https://api.test/hang': { type: 'hang' },
});

describe('createTestServer', () => {
  it('routes by method and URL, with path parameters', async () => {
    const get = await fetch('https://api.test/items/42');
    const post = await fetch('https://api.test/items/42', { method: 'POST', body: '{}' });
    expect(await get.json()).toEqual({ id: 'from-get' });
    expect(post.status).toBe(201);
    expect(await post.json()).toEqual({ id: 'from-post' });
    expect(server.callsTo('GET https://api.test/items/:id')).toHaveLength(1);
    expect(server.callsTo('post https://api.test/items/:id')).toHaveLength(1);
  });

  it('answers any method on a route without one', async () => {
    expect(await (await fetch('https://api.test/any', { method: 'DELETE' })).text()).toBe('any method');
    expect(await (await fetch('https://api.test/any')).text()).toBe('any method');
    expect(server.callsTo('https://api.test/any').map((call) => call.method)).toEqual(['DELETE', 'GET']);
  });

  it('answers call N with element N of an array, repeating the last', async () => {
    const answers: Array<[number, string]> = [];
    for (let call = 0; call < 4; call += 1) {
      const response = await fetch('https://api.test/sequence');
      answers.push([response.status, await response.text()]);
    }
    expect(answers).toEqual([
      [503, 'busy'],
      [200, 'second'],
      [200, 'last repeats'],
      [200, 'last repeats'],
    ]);
  });

  it('starts call numbers again after reset()', async () => {
    // The previous test used up the array; afterEach reset() must have rewound it.
    expect((await fetch('https://api.test/sequence')).status).toBe(503);
  });

  it('records method, URL, headers and body, with json() and form() readers', async () => {
    await fetch('https://api.test/items/1?verbose=true', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trace': 'abc' },
      body: JSON.stringify({ prompt: 'cat' }),
    });
    await fetch('https://api.test/any', { method: 'POST', body: new URLSearchParams({ a: '1', b: 'two' }) });
    const [jsonCall, formCall] = server.calls;
    expect(jsonCall?.method).toBe('POST');
    expect(jsonCall?.url.searchParams.get('verbose')).toBe('true');
    expect(jsonCall?.headers.get('x-trace')).toBe('abc');
    expect(jsonCall?.json()).toEqual({ prompt: 'cat' });
    expect(formCall?.form().get('b')).toBe('two');
    expect(formCall?.bodyText).toBe('a=1&b=two');
    expect(formCall?.routeKey).toBe('https://api.test/any');
  });

  it('reads a multipart body back with formData()', async () => {
    const form = new FormData();
    form.append('prompt', 'a cat');
    form.append('image', new Blob([new Uint8Array([9, 8, 7])], { type: 'image/png' }), 'cat.png');
    await fetch('https://api.test/any', { method: 'POST', body: form });
    const received = await server.calls[0]?.formData();
    expect(received?.get('prompt')).toBe('a cat');
    const image = received?.get('image') as File;
    expect(image.name).toBe('cat.png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));
  });

  it('serves binary, empty and server-sent-event bodies', async () => {
    const binary = await fetch('https://api.test/binary');
    expect(binary.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await binary.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    const empty = await fetch('https://api.test/empty');
    expect(empty.status).toBe(204);
    const stream = await fetch('https://api.test/stream');
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    expect(await stream.text()).toBe('data: 1\n\ndata: 2\n\n');
  });

  it('passes the call number and request to a function route, and returns a Response from it as is', async () => {
    await fetch('https://api.test/computed?q=first');
    const second = await fetch('https://api.test/computed?q=second');
    expect(await second.json()).toEqual({ callNumber: 1, q: 'second' });
    const raw = await fetch('https://api.test/raw');
    expect(raw.status).toBe(202);
    expect(await raw.text()).toBe('raw response');
  });

  it('lets a test override a route until reset()', async () => {
    server.use({ 'GET https://api.test/items/:id': { type: 'json', body: { id: 'overridden' } } });
    expect(await (await fetch('https://api.test/items/1')).json()).toEqual({ id: 'overridden' });
    server.reset();
    expect(await (await fetch('https://api.test/items/1')).json()).toEqual({ id: 'from-get' });
  });

  it('keeps a hang route unanswered until the request aborts', async () => {
    const request = fetch('https://api.test/hang', { signal: AbortSignal.timeout(50) });
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(server.callsTo('https://api.test/hang')).toHaveLength(1);
  });

  it('fails a request that no route handles', async () => {
    await expect(fetch('https://api.test/nowhere')).rejects.toThrow(/Cannot bypass a request/);
    expect(server.calls).toHaveLength(0);
  });
});
