/**
 * Test helper: what g4f's providers take from each Gradio message, ported
 * literally so tests prove the emulator's payloads fit them.
 */

/** BlackForestLabs_Flux1Dev on `process_generating`: the ImagePreview urls. */
export function fluxPreviewUrls(message: Record<string, unknown>): string[] {
  const output = message.output as { data: unknown[] };
  const first = output.data[0];
  // Python iterates a dict's keys (strings), so a full FileData yields nothing.
  const items: unknown[] = Array.isArray(first) ? first : Object.keys(first as object);
  const urls: string[] = [];
  for (const item of items) {
    if (item !== null && typeof item === 'object' && !Array.isArray(item) && 'url' in item)
      urls.push(String((item as { url: unknown }).url));
    else if (Array.isArray(item) && item.length > 2 && Array.isArray(item[1]) && item[1].includes('url'))
      urls.push(String(item[2]));
  }
  return urls;
}

/** BlackForestLabs_Flux1Dev on a successful `process_completed`: the ImageResponse url. */
export function fluxResultUrl(message: Record<string, unknown>): string {
  const output = message.output as { data: Array<{ url: string }> };
  return output.data[0]?.url ?? '';
}

/** DeepseekAI_JanusPro7b on a successful `process_completed`: image urls, or the text. */
export function janusResult(message: Record<string, unknown>): { images: string[] } | { text: string } {
  const data = (message.output as { data: unknown[] }).data;
  const first = data[0] as unknown;
  if (Array.isArray(first) && first[0] !== null && typeof first[0] === 'object' && 'image' in first[0]) {
    return { images: (first as Array<{ image: { url: string } }>).map((item) => item.image.url) };
  }
  return { text: first as string };
}

/** The error g4f raises from a failed `process_completed` (cut at " <a "). */
export function g4fError(message: Record<string, unknown>): string {
  return String((message.output as { error: string }).error).split(' <a ')[0] ?? '';
}
