import { type HttpRequestHandler, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

/** One request that reached a route. */
export interface RecordedCall {
  method: string;
  url: URL;
  headers: Headers;
  bodyText: string;
  /** The raw body, for binary uploads. */
  bodyBytes: Uint8Array;
  /** The key of the route that answered, as given (method upper-cased). */
  routeKey: string;
  /** The body parsed as JSON; throws when it is not JSON. */
  json(): unknown;
  /** The body parsed as application/x-www-form-urlencoded. */
  form(): URLSearchParams;
  /** The body parsed as multipart/form-data (or urlencoded), using the request's content-type. */
  formData(): Promise<FormData>;
}

export type RouteResolver = (
  call: RecordedCall & { callNumber: number },
) => RouteResponse | Response | Promise<RouteResponse | Response>;

export type RouteResponse =
  | { type: 'json'; body: unknown; status?: number; headers?: Record<string, string> }
  | { type: 'text'; body: string; status?: number; headers?: Record<string, string> }
  | { type: 'binary'; body: Uint8Array; contentType?: string; status?: number }
  /**
   * A `text/event-stream` body sent chunk by chunk (`delayMs` apart). Built on a
   * ReadableStream because msw's `sse()` needs EventSource, which Node 20 lacks.
   */
  | { type: 'sse'; chunks: string[]; delayMs?: number; headers?: Record<string, string> }
  | { type: 'error'; status: number; body?: string; headers?: Record<string, string> }
  /** No body at all, e.g. a 204. */
  | { type: 'empty'; status?: number; headers?: Record<string, string> }
  /** Never answers; gives up only when the request's signal aborts. */
  | { type: 'hang' }
  /** Decides per call; `callNumber` counts this route's calls from 0. */
  | RouteResolver;

/**
 * Keys are `"METHOD url"` or just `"url"` (any method); the URL may use msw
 * path parameters such as `:id`. An array answers call N with element N, and
 * its last element repeats.
 */
export type RouteTable = Record<string, RouteResponse | RouteResponse[]>;

export interface TestServer {
  /** Starts intercepting `globalThis.fetch`; an unknown request fails the call. */
  listen(): void;
  close(): void;
  /** Forgets recorded calls, call numbers and per-test overrides. */
  reset(): void;
  /** Every call, in arrival order. */
  readonly calls: RecordedCall[];
  /** The calls answered by the route registered under this key. */
  callsTo(routeKey: string): RecordedCall[];
  /** Adds or overrides routes until the next {@link reset}. */
  use(routes: RouteTable): void;
}

const METHOD_HANDLERS: Record<string, HttpRequestHandler> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
  HEAD: http.head,
  OPTIONS: http.options,
};

/**
 * An msw server with a call log and canned answers, modelled on
 * `@ai-sdk/test-server`. It intercepts `globalThis.fetch`, which is what
 * HttpClient calls, so provider code runs unchanged against it.
 */
export function createTestServer(routes: RouteTable): TestServer {
  const calls: RecordedCall[] = [];
  const baseRoutes = Object.entries(routes).map(([key, response]) => createRoute(key, response, calls));
  const server = setupServer(...baseRoutes.map((route) => route.handler));
  return {
    listen: () => server.listen({ onUnhandledRequest: 'error' }),
    close: () => server.close(),
    reset: () => {
      server.resetHandlers();
      calls.length = 0;
      for (const route of baseRoutes) route.resetCallNumber();
    },
    calls,
    callsTo: (routeKey) => {
      const { key } = parseRouteKey(routeKey);
      return calls.filter((call) => call.routeKey === key);
    },
    use: (overrides) => {
      server.use(...Object.entries(overrides).map(([key, response]) => createRoute(key, response, calls).handler));
    },
  };
}

interface Route {
  handler: ReturnType<HttpRequestHandler>;
  resetCallNumber(): void;
}

function createRoute(routeKey: string, response: RouteResponse | RouteResponse[], calls: RecordedCall[]): Route {
  const { key, method, url } = parseRouteKey(routeKey);
  const responses = Array.isArray(response) ? response : [response];
  if (responses.length === 0) throw new Error(`Route "${routeKey}" has an empty response list`);
  const handlerFor = method === undefined ? http.all : METHOD_HANDLERS[method];
  if (handlerFor === undefined) throw new Error(`Route "${routeKey}": unknown method ${method}`);
  let nextCallNumber = 0;
  const handler = handlerFor(url, async ({ request }) => {
    const callNumber = nextCallNumber;
    nextCallNumber += 1;
    const call = await recordCall(request, key);
    calls.push(call);
    const answer = responses[Math.min(callNumber, responses.length - 1)] as RouteResponse;
    return toResponse(answer, { ...call, callNumber }, request);
  });
  return { handler, resetCallNumber: () => (nextCallNumber = 0) };
}

function parseRouteKey(routeKey: string): { key: string; method: string | undefined; url: string } {
  const match = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(routeKey);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    const method = match[1].toUpperCase();
    return { key: `${method} ${match[2]}`, method, url: match[2] };
  }
  const url = routeKey.trim();
  return { key: url, method: undefined, url };
}

async function recordCall(request: Request, routeKey: string): Promise<RecordedCall> {
  const bodyBytes = new Uint8Array(await request.arrayBuffer());
  const bodyText = new TextDecoder().decode(bodyBytes);
  const headers = new Headers([...request.headers]);
  return {
    method: request.method,
    url: new URL(request.url),
    headers,
    bodyText,
    bodyBytes,
    routeKey,
    json: () => JSON.parse(bodyText),
    form: () => new URLSearchParams(bodyText),
    formData: () => {
      const contentType = headers.get('content-type');
      return new Response(
        bodyBytes,
        contentType === null ? {} : { headers: { 'content-type': contentType } },
      ).formData();
    },
  };
}

async function toResponse(
  answer: RouteResponse,
  call: RecordedCall & { callNumber: number },
  request: Request,
): Promise<Response> {
  if (typeof answer === 'function') {
    const resolved = await answer(call);
    return resolved instanceof Response ? resolved : toResponse(resolved, call, request);
  }
  switch (answer.type) {
    case 'json':
      return new HttpResponse(JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { 'content-type': 'application/json', ...answer.headers },
      });
    case 'text':
      return new HttpResponse(answer.body, {
        status: answer.status ?? 200,
        headers: { 'content-type': 'text/plain; charset=utf-8', ...answer.headers },
      });
    case 'binary':
      return new HttpResponse(answer.body, {
        status: answer.status ?? 200,
        headers: { 'content-type': answer.contentType ?? 'application/octet-stream' },
      });
    case 'sse':
      return new HttpResponse(eventStream(answer.chunks, answer.delayMs ?? 0, request.signal), {
        headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...answer.headers },
      });
    case 'error':
      return new HttpResponse(answer.body ?? '', { status: answer.status, headers: answer.headers ?? {} });
    case 'empty':
      return new HttpResponse(null, { status: answer.status ?? 204, headers: answer.headers ?? {} });
    case 'hang':
      await new Promise<void>((resolve) => {
        if (request.signal.aborted) resolve();
        else request.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      // The client has already given up; this answer goes nowhere.
      return HttpResponse.error();
  }
}

/** Sends one chunk per pull, so a reader that cancels stops the rest from being produced. */
function eventStream(chunks: readonly string[], delayMs: number, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index > 0 && delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const chunk = chunks[index];
      index += 1;
      if (chunk === undefined || signal.aborted) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      index = chunks.length;
    },
  });
}
