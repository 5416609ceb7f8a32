import type { MediaInput, Message } from '@g4f-kit/core';

/**
 * The one image a Space call sends, as g4f picks it (`merge_media`, then the
 * last item): images of the user messages at the end of the history, then
 * `options.media`; the last of them wins.
 */
export function pickLastImage(
  messages: readonly Message[],
  media: readonly MediaInput[] | undefined,
): MediaInput | undefined {
  const fromMedia = media?.at(-1);
  if (fromMedia) return fromMedia;
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role !== 'user') return undefined;
    if (typeof message.content === 'string') continue;
    for (let part = message.content.length - 1; part >= 0; part -= 1) {
      const content = message.content[part];
      if (content?.type === 'image_url') return { data: content.image_url.url };
    }
  }
  return undefined;
}
