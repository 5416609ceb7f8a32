/** One request: method, headers and an optional string body; the answer's status and parsed JSON. */
export type Transport = (
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; body: unknown }>;

/** Global fetch (Node's bundled undici, default dispatcher): what most hand-written code uses. */
export const fetchTransport: Transport = async (url, init) => {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
};

/**
 * The floor for part 1: the same upstream calls as the ARTA provider, written
 * by hand with nothing but global fetch (Node's default dispatcher) and
 * setTimeout. A warm token, the urlencoded submit g4f sends, then status
 * polls on the library's default timing (200 ms, ×1.25 up to 300 ms, then 10 %
 * of the time spent, at most 2 s; start to start) until DONE. No validation,
 * no deadline, no registry: what an image costs with no library at all.
 */
export class BaselineArta {
  #idToken = '';

  constructor(
    private readonly signUpBase: string,
    private readonly artaBase: string,
    private readonly send: Transport = fetchTransport,
  ) {}

  async signUp(): Promise<void> {
    const response = await this.send(`${this.signUpBase}/identitytoolkit/v3/relyingparty/signupNewUser?key=bench`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"clientType":"CLIENT_TYPE_ANDROID"}',
    });
    const body = response.body as { idToken: string };
    this.#idToken = body.idToken;
  }

  async generate(prompt: string): Promise<string[]> {
    const submitted = await this.send(`${this.artaBase}/api/v1/text2image`, {
      method: 'POST',
      headers: { authorization: this.#idToken, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        prompt,
        negative_prompt: 'blurry, deformed hands, ugly',
        style: 'Flux',
        images_num: '1',
        cfg_scale: '7',
        steps: '30',
        aspect_ratio: '1:1',
        seed: String(9999 + Math.floor(Math.random() * 99_990_000)),
      }).toString(),
    });
    if (submitted.status !== 200) throw new Error(`submit: ${submitted.status}`);
    const { record_id: recordId } = submitted.body as { record_id: string };
    const started = performance.now();
    let previousStart = started;
    for (let attempt = 0; ; attempt += 1) {
      const wait = delayBefore(attempt, previousStart - started) - (performance.now() - previousStart);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      previousStart = performance.now();
      const response = await this.send(`${this.artaBase}/api/v1/text2image/${recordId}/status`, {
        method: 'GET',
        headers: { authorization: this.#idToken },
      });
      if (response.status !== 200) throw new Error(`status: ${response.status}`);
      const status = response.body as { status: string; response: Array<{ url: string }> | null };
      if (status.status === 'DONE') return (status.response ?? []).map((image) => image.url);
      if (status.status !== 'IN_QUEUE' && status.status !== 'IN_PROGRESS') throw new Error(status.status);
    }
  }
}

/** The library's default poll timing, restated by hand. */
function delayBefore(attempt: number, elapsedMs: number): number {
  const warmUp = Math.min(200 * 1.25 ** attempt, 300);
  return Math.min(2000, Math.max(warmUp, 0.1 * elapsedMs));
}
