/**
 * Real sockets on 127.0.0.1, no msw in this file: pooling, proxies, close()
 * and broken connections only show on the real transport.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AbortError } from '../errors/abort-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseError } from '../errors/response-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { HttpClient } from './http-client.js';
import type { SseEvent } from './sse-event.js';

interface LoopbackServer {
  url: string;
  /** Sockets currently open on the server side. */
  openSockets: Set<net.Socket>;
  connectionCount(): number;
  close(): Promise<void>;
}

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function useClient(client: HttpClient): HttpClient {
  cleanups.push(() => client.close().catch(() => {}));
  return client;
}

async function startServer(
  listener: http.RequestListener,
  configure?: (server: http.Server) => void,
): Promise<LoopbackServer> {
  const server = http.createServer(listener);
  configure?.(server);
  const openSockets = new Set<net.Socket>();
  let connections = 0;
  server.on('connection', (socket: net.Socket) => {
    connections += 1;
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const loopback: LoopbackServer = {
    url: `http://127.0.0.1:${port}`,
    openSockets,
    connectionCount: () => connections,
    close: async () => {
      for (const socket of openSockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  cleanups.push(loopback.close);
  return loopback;
}

/** A forward proxy: CONNECT tunnels (what undici's ProxyAgent uses) and absolute-URI requests. */
async function startProxy(): Promise<LoopbackServer & { tunnels: string[]; forwarded: string[] }> {
  const tunnels: string[] = [];
  const forwarded: string[] = [];
  const upstreams = new Set<net.Socket>();
  const proxy = await startServer(
    (request, response) => {
      forwarded.push(request.url ?? '');
      const upstream = http.request(
        request.url ?? '',
        { method: request.method, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
    },
    (server) =>
      server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
        tunnels.push(request.url ?? '');
        const [host = '', port = ''] = (request.url ?? '').split(':');
        const upstream = net.connect(Number(port), host, () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.write(head);
          upstream.pipe(client);
          client.pipe(upstream);
        });
        upstreams.add(upstream);
        upstream.on('close', () => upstreams.delete(upstream));
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      }),
  );
  cleanups.push(async () => {
    for (const socket of upstreams) socket.destroy();
  });
  return { ...proxy, tunnels, forwarded };
}

/** undici reuses a socket only one event-loop turn after its response ends; see the pooling test. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('HttpClient on real sockets', () => {
  describe('pooling', () => {
    it('reuses one keep-alive socket for sequential requests', async () => {
      const server = await startServer((_request, response) => response.end('ok'));
      const client = useClient(new HttpClient());
      for (let request = 0; request < 10; request += 1) {
        await expect(client.text(`${server.url}/n${request}`)).resolves.toBe('ok');
        // Without this pause a pool of more than one socket may open a second
        // one: undici waits a full event-loop turn before reusing a socket.
        await nextTurn();
      }
      expect(server.connectionCount()).toBe(1);
    });

    it('queues back-to-back requests on one socket when the pool has one', async () => {
      const server = await startServer((_request, response) => response.end('ok'));
      const client = useClient(new HttpClient({ connections: 1 }));
      for (let request = 0; request < 10; request += 1) await client.text(`${server.url}/n${request}`);
      expect(server.connectionCount()).toBe(1);
    });

    it('opens no more sockets per origin than `connections`', async () => {
      const server = await startServer((_request, response) => setTimeout(() => response.end('ok'), 20));
      const client = useClient(new HttpClient({ connections: 2 }));
      await Promise.all(Array.from({ length: 10 }, (_, index) => client.text(`${server.url}/n${index}`)));
      expect(server.connectionCount()).toBe(2);
    });

    it('gives event streams a pool of their own, so open streams never starve requests or other streams', async () => {
      const streams: http.ServerResponse[] = [];
      const server = await startServer((request, response) => {
        if (request.url?.startsWith('/stream')) {
          response.writeHead(200, { 'content-type': 'text/event-stream' });
          response.write(`data: ${request.url}\n\n`);
          streams.push(response);
        } else {
          response.end('ok');
        }
      });
      // One socket for requests: with a shared pool the second stream (and the
      // request) would wait for the first stream to end, their time limits running.
      const client = useClient(new HttpClient({ connections: 1, requestTimeoutMs: 2000 }));
      const first = client.sse(`${server.url}/stream-1`)[Symbol.asyncIterator]();
      const second = client.sse(`${server.url}/stream-2`)[Symbol.asyncIterator]();
      const [one, two] = await Promise.all([first.next(), second.next()]);
      expect([one.value?.data, two.value?.data]).toEqual(['/stream-1', '/stream-2']);
      await expect(client.text(`${server.url}/plain`)).resolves.toBe('ok');
      expect(server.connectionCount()).toBe(3);
      for (const response of streams) response.end();
      await Promise.all([first.return?.(), second.return?.()]);
    });

    it('caps event streams at `streamConnections` when set', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.end('data: done\n\n');
      });
      const client = useClient(new HttpClient({ streamConnections: 1 }));
      for (let stream = 0; stream < 3; stream += 1) {
        for await (const event of client.sse(`${server.url}/s${stream}`)) expect(event.data).toBe('done');
        await nextTurn();
      }
      await Promise.all(
        Array.from({ length: 3 }, async (_, index) => {
          for await (const event of client.sse(`${server.url}/p${index}`)) expect(event.data).toBe('done');
        }),
      );
      expect(server.connectionCount()).toBe(1);
    });
  });

  describe('json, text and bytes through Dispatcher.request (fetch stays for request(), sse() and stand-ins)', () => {
    interface Seen {
      method: string;
      url: string;
      headers: http.IncomingHttpHeaders;
      body: string;
    }

    async function recordingServer(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void) {
      const seen: Seen[] = [];
      const server = await startServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
          answer(request, response);
        });
      });
      return { server, seen };
    }

    it('sends what fetch would (user agent, form and JSON content types, query) without fetch', async () => {
      const { server, seen } = await recordingServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"ok":true}');
      });
      const client = useClient(new HttpClient({ userAgent: 'bench/1' }));
      const schema = z.object({ ok: z.boolean() });
      await expect(
        client.json(`${server.url}/form?a=1`, schema, { form: { prompt: 'a fox', n: 2 }, query: { b: 'x y' } }),
      ).resolves.toEqual({ ok: true });
      await client.json(`${server.url}/json`, schema, { json: { hello: 'world' }, headers: { authorization: 'tok' } });
      await client.request(`${server.url}/raw`);
      const [form, json, raw] = seen;
      expect(form).toMatchObject({ method: 'POST', url: '/form?a=1&b=x+y', body: 'prompt=a+fox&n=2' });
      expect(form?.headers).toMatchObject({
        'user-agent': 'bench/1',
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
        accept: '*/*',
      });
      expect(json).toMatchObject({ method: 'POST', body: '{"hello":"world"}' });
      expect(json?.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'tok' });
      // fetch's own request headers show which path a call took.
      expect(form?.headers['sec-fetch-mode']).toBeUndefined();
      expect(raw?.headers['sec-fetch-mode']).toBe('cors');
    });

    it('follows redirects and decodes a compressed body, as fetch does', async () => {
      const { server, seen } = await recordingServer((request, response) => {
        if (request.url === '/old') {
          response.writeHead(302, { location: '/new' });
          response.end();
          return;
        }
        response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        response.end(gzipSync('moved and zipped'));
      });
      const client = useClient(new HttpClient());
      await expect(client.text(`${server.url}/old`)).resolves.toBe('moved and zipped');
      expect(seen.map((request) => request.url)).toEqual(['/old', '/new']);
      expect(seen[1]?.headers['accept-encoding']).toContain('gzip');
    });

    it("redirects by fetch's rules: 303 turns a POST into a bare GET, 307 repeats it, credentials stay on their origin", async () => {
      const other = await recordingServer((_request, response) => response.end('"elsewhere"'));
      const { server, seen } = await recordingServer((request, response) => {
        const to: Record<string, string> = {
          '/see-other': '/landed',
          '/temporary': '/landed',
          '/away': `${other.server.url}/x`,
        };
        const status: Record<string, number> = { '/see-other': 303, '/temporary': 307, '/away': 302 };
        const path = request.url ?? '';
        if (to[path]) {
          response.writeHead(status[path] ?? 302, { location: to[path] });
          response.end('moved');
          return;
        }
        response.end('"landed"');
      });
      const client = useClient(new HttpClient());
      const call = { json: { a: 1 }, headers: { authorization: 'secret-token' } };
      await expect(client.json(`${server.url}/see-other`, z.string(), call)).resolves.toBe('landed');
      await expect(client.json(`${server.url}/temporary`, z.string(), call)).resolves.toBe('landed');
      await expect(client.json(`${server.url}/away`, z.string(), { headers: call.headers })).resolves.toBe('elsewhere');
      const [, afterSeeOther, , afterTemporary] = seen;
      expect(afterSeeOther).toMatchObject({ method: 'GET', body: '' });
      expect(afterSeeOther?.headers['content-type']).toBeUndefined();
      expect(afterSeeOther?.headers.authorization).toBe('secret-token');
      expect(afterTemporary).toMatchObject({ method: 'POST', body: '{"a":1}' });
      expect(other.seen[0]?.headers.authorization).toBeUndefined();
    });

    it('gives up on a redirect loop after 20 hops with a ResponseError', async () => {
      const { server, seen } = await recordingServer((_request, response) => {
        response.writeHead(302, { location: '/loop?again=1' });
        response.end();
      });
      const client = useClient(new HttpClient());
      const error = await rejectionOf(client.text(`${server.url}/loop`, { operation: 'Probe' }));
      expect(ResponseError.isInstance(error)).toBe(true);
      expect(error.message).toBe(`Probe: ${server.url}/loop gave up after 20 redirects (last status 302)`);
      expect(seen).toHaveLength(21);
    });

    it('maps an error status with its headers and body to the typed error', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(429, { 'retry-after': '3', 'content-type': 'application/json' });
        response.end('{"error":{"message":"slow down"}}');
      });
      const client = useClient(new HttpClient());
      const error = (await rejectionOf(client.bytes(`${server.url}/busy`, { operation: 'Probe' }))) as RateLimitError;
      expect(RateLimitError.isInstance(error)).toBe(true);
      expect(error.retryAfterMs).toBe(3000);
      expect(error.message).toContain('slow down');
      const answered = await client.text(`${server.url}/busy`, { throwOnError: false });
      expect(answered).toBe('{"error":{"message":"slow down"}}');
    });

    it('reads event streams the same way, compressed or not', async () => {
      const { server, seen } = await recordingServer((request, response) => {
        const zipped = request.url === '/zipped';
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          ...(zipped ? { 'content-encoding': 'gzip' } : {}),
        });
        const text = 'data: one\n\ndata: two\n\n';
        response.end(zipped ? gzipSync(text) : text);
      });
      const client = useClient(new HttpClient());
      for (const path of ['/plain', '/zipped']) {
        const events: string[] = [];
        for await (const event of client.sse(`${server.url}${path}`)) events.push(event.data);
        expect(events).toEqual(['one', 'two']);
      }
      expect(seen[0]?.headers).toMatchObject({ accept: 'text/event-stream' });
      expect(seen[0]?.headers['sec-fetch-mode']).toBeUndefined();
    });

    it('parses a stream in a content coding fetch would not undo (unknown, or several) as it comes', async () => {
      const server = await startServer((request, response) => {
        const coding = request.url === '/unknown' ? 'x-custom' : 'gzip, br';
        response.writeHead(200, { 'content-type': 'text/event-stream', 'content-encoding': coding });
        response.end('data: raw\n\n');
      });
      const client = useClient(new HttpClient());
      for (const path of ['/unknown', '/several']) {
        const events: string[] = [];
        for await (const event of client.sse(`${server.url}${path}`)) events.push(event.data);
        expect(events).toEqual(['raw']);
      }
    });

    it('sends multipart bodies through fetch, which encodes them', async () => {
      const { server, seen } = await recordingServer((_request, response) => response.end('[]'));
      const client = useClient(new HttpClient());
      const form = new FormData();
      form.append('files', new Blob(['png']), 'a.png');
      await client.json(`${server.url}/upload`, z.array(z.string()), { multipart: form });
      expect(seen[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(seen[0]?.body).toContain('filename="a.png"');
    });

    it('uses a stand-in fetch (msw, a test double) as soon as one replaces globalThis.fetch', async () => {
      const server = await startServer((_request, response) => response.end('{"ok":true}'));
      const client = useClient(new HttpClient());
      const original = globalThis.fetch;
      const standIn = vi.fn((input: string | URL | Request, init?: RequestInit) => original(input, init));
      vi.stubGlobal('fetch', standIn);
      try {
        await client.json(`${server.url}/ok`, z.object({ ok: z.boolean() }));
        expect(standIn).toHaveBeenCalledTimes(1);
      } finally {
        vi.unstubAllGlobals();
      }
      await client.text(`${server.url}/ok`);
      expect(standIn).toHaveBeenCalledTimes(1);
    });
  });

  describe('proxies', () => {
    it('sends a request through the proxy, and keeps the tunnel for the next one', async () => {
      const target = await startServer((request, response) => response.end(`target saw ${request.url}`));
      const proxy = await startProxy();
      const client = useClient(new HttpClient());
      await expect(client.text(`${target.url}/first`, { proxy: proxy.url })).resolves.toBe('target saw /first');
      // undici's ProxyAgent tunnels with CONNECT even to an http:// target.
      expect(proxy.tunnels).toEqual([target.url.replace('http://', '')]);
      expect(proxy.forwarded).toEqual([]);
      await nextTurn();
      await expect(client.text(`${target.url}/second`, { proxy: proxy.url })).resolves.toBe('target saw /second');
      // A cached ProxyAgent reuses its tunnel; a new one would CONNECT again.
      expect(proxy.tunnels).toHaveLength(1);
      expect(target.connectionCount()).toBe(1);
    });

    it('opens a separate tunnel for a different proxy and none for direct requests', async () => {
      const target = await startServer((_request, response) => response.end('ok'));
      const first = await startProxy();
      const second = await startProxy();
      const client = useClient(new HttpClient());
      await client.text(`${target.url}/a`, { proxy: first.url });
      await client.text(`${target.url}/b`, { proxy: second.url });
      await client.text(`${target.url}/c`);
      expect([first.tunnels.length, second.tunnels.length]).toEqual([1, 1]);
      expect(target.connectionCount()).toBe(3);
    });
  });

  describe('close()', () => {
    it('closes every socket, direct and proxied', async () => {
      const target = await startServer((_request, response) => setTimeout(() => response.end('ok'), 20));
      const proxy = await startProxy();
      const client = new HttpClient();
      await Promise.all([
        client.text(`${target.url}/1`),
        client.text(`${target.url}/2`),
        client.text(`${target.url}/3`),
        client.text(`${target.url}/4`, { proxy: proxy.url }),
      ]);
      // Three direct sockets plus the tunnel, all kept alive.
      expect(target.openSockets.size).toBe(4);
      expect(proxy.openSockets.size).toBe(1);
      await client.close();
      await vi.waitFor(() => {
        expect(target.openSockets.size).toBe(0);
        expect(proxy.openSockets.size).toBe(0);
      });
      await expect(client.text(`${target.url}/5`)).rejects.toThrow(/closed/);
    });
  });

  describe('failures', () => {
    it('turns a refused connection into ConnectionError with code ECONNREFUSED', async () => {
      const server = await startServer((_request, response) => response.end());
      const deadUrl = server.url;
      await server.close();
      const client = useClient(new HttpClient());
      const error = (await rejectionOf(
        client.text(`${deadUrl}/v1?key=SECRET`, { operation: 'Probe' }),
      )) as ConnectionError;
      expect(ConnectionError.isInstance(error)).toBe(true);
      expect(error.code).toBe('ECONNREFUSED');
      expect(error.isRetryable).toBe(true);
      expect(error.url).toBe(`${deadUrl}/v1`);
      expect(error.message).toMatch(/^Probe: Connection to http:\/\/127\.0\.0\.1:\d+\/v1 failed \(ECONNREFUSED\)/);
      expect(error.message).not.toContain('SECRET');
    });

    it('turns a connection reset in the middle of the body into ConnectionError for text()', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-length': '1000' });
        response.write('only part of it');
        setTimeout(() => response.socket?.destroy(), 20);
      });
      const client = useClient(new HttpClient());
      const error = (await rejectionOf(client.text(`${server.url}/big`))) as ConnectionError;
      expect(ConnectionError.isInstance(error)).toBe(true);
      expect(error.code).toBe('UND_ERR_SOCKET');
      expect(error.message).toContain('broke while reading the response');
    });

    it('turns a connection reset in the middle of a stream into ConnectionError for sse()', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('data: first\n\n');
        setTimeout(() => response.socket?.destroy(), 20);
      });
      const client = useClient(new HttpClient());
      const received: SseEvent[] = [];
      const error = (await rejectionOf(
        (async () => {
          for await (const event of client.sse(`${server.url}/stream`)) received.push(event);
        })(),
      )) as ConnectionError;
      expect(received).toEqual([{ data: 'first' }]);
      expect(ConnectionError.isInstance(error)).toBe(true);
      expect(error.code).toBe('UND_ERR_SOCKET');
    });

    it('retries after a reset before the answer', async () => {
      let calls = 0;
      const server = await startServer((request, response) => {
        calls += 1;
        if (calls === 1) request.socket.destroy();
        else response.end('second time lucky');
      });
      const client = useClient(new HttpClient());
      await expect(client.text(`${server.url}/flaky`, { retry: { initialDelayMs: 1 } })).resolves.toBe(
        'second time lucky',
      );
      expect(calls).toBe(2);
    });
  });

  describe('time limits and aborts', () => {
    it('times out a server that never answers and drops the socket', async () => {
      const server = await startServer(() => {});
      const client = useClient(new HttpClient());
      const error = (await rejectionOf(client.text(`${server.url}/slow`, { timeoutMs: 100 }))) as TimeoutError;
      expect(TimeoutError.isInstance(error)).toBe(true);
      expect(error.phase).toBe('request');
      await vi.waitFor(() => expect(server.openSockets.size).toBe(0));
    });

    it('times out a body that stalls after the headers', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-length': '100' });
        response.write('a little');
      });
      const client = useClient(new HttpClient());
      const error = (await rejectionOf(client.text(`${server.url}/stall`, { timeoutMs: 100 }))) as TimeoutError;
      expect(TimeoutError.isInstance(error)).toBe(true);
      expect(error.phase).toBe('request');
    });

    it('rejects an aborted stream with AbortError and releases its socket', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('data: first\n\n');
      });
      const client = useClient(new HttpClient());
      const controller = new AbortController();
      const events = client.sse(`${server.url}/stream`, { signal: controller.signal });
      await expect(events.next()).resolves.toEqual({ done: false, value: { data: 'first' } });
      const pending = events.next();
      controller.abort();
      expect(AbortError.isInstance(await rejectionOf(pending))).toBe(true);
      await vi.waitFor(() => expect(server.openSockets.size).toBe(0));
    });

    it('releases the socket of a stream the consumer leaves early', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('data: first\n\n');
      });
      const client = useClient(new HttpClient());
      for await (const event of client.sse(`${server.url}/stream`)) {
        expect(event.data).toBe('first');
        break;
      }
      await vi.waitFor(() => expect(server.openSockets.size).toBe(0));
    });

    it('ends a stream that goes silent with a TimeoutError of phase idle, and frees its socket', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('data: only\n\n');
      });
      const client = useClient(new HttpClient());
      const events: string[] = [];
      const error = (await rejectionOf(
        (async () => {
          for await (const event of client.sse(`${server.url}/quiet`, { idleTimeoutMs: 100, operation: 'Probe' })) {
            events.push(event.data);
          }
        })(),
      )) as TimeoutError;
      expect(events).toEqual(['only']);
      expect(TimeoutError.isInstance(error)).toBe(true);
      expect(error.phase).toBe('idle');
      expect(error.message).toBe(`Probe: The stream from ${server.url}/quiet sent nothing for 100 ms`);
      await vi.waitFor(() => expect(server.openSockets.size).toBe(0));
    });

    it("pauses a stream whose consumer is far behind, without counting the consumer's delay as upstream silence", async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(Array.from({ length: 100 }, (_, index) => `data: ${index}\n\n`).join(''));
        setTimeout(() => response.end('data: last\n\n'), 300);
      });
      const client = useClient(new HttpClient());
      const events: string[] = [];
      for await (const event of client.sse(`${server.url}/flood`, { idleTimeoutMs: 150 })) {
        events.push(event.data);
        // Far behind (100 events queued), for longer than the idle limit and the upstream's own pause.
        if (events.length === 1) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(events).toHaveLength(101);
      expect(events.slice(0, 3)).toEqual(['0', '1', '2']);
      expect(events.at(-1)).toBe('last');
    });

    it('keeps a stream open past the request time limit, which covers only its headers', async () => {
      const server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        let sent = 0;
        const timer = setInterval(() => {
          sent += 1;
          response.write(`data: ${sent}\n\n`);
          if (sent === 4) {
            clearInterval(timer);
            response.end();
          }
        }, 50);
      });
      const client = useClient(new HttpClient());
      const events: string[] = [];
      for await (const event of client.sse(`${server.url}/stream`, { timeoutMs: 80, idleTimeoutMs: 1000 })) {
        events.push(event.data);
      }
      expect(events).toEqual(['1', '2', '3', '4']);
    });
  });
});
