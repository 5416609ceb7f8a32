/** What a Space page reveals about ZeroGPU: both values are absent for a page without them. */
export interface ScrapedZeroGpuPage {
  token: string | undefined;
  uuid: string | undefined;
}

const TOKEN = /&quot;token&quot;:&quot;([^&]+?)&quot;/;
const SESSION_UUID = /&quot;sessionUuid&quot;:&quot;([^&]+?)&quot;/;

/**
 * Reads the ZeroGPU token and session uuid from a Space page's HTML, where
 * the app state sits HTML-escaped in an attribute
 * (`&quot;token&quot;:&quot;…&quot;`), as g4f's regexes expect.
 */
export function scrapeZeroGpuPage(html: string): ScrapedZeroGpuPage {
  return { token: TOKEN.exec(html)?.[1], uuid: SESSION_UUID.exec(html)?.[1] };
}
