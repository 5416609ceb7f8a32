/** Test helper: a response's JSON, loosely typed (tests check its shape with expect). */
// biome-ignore lint/suspicious/noExplicitAny: payloads are asserted with expect(), not trusted.
export type LooseJson = any;

export function readJson(response: Response): Promise<LooseJson> {
  return response.json();
}
