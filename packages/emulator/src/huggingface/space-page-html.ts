import type { SpaceInfo } from '../spaces/space-catalog.js';
import { htmlEscape } from '../util/html-escape.js';

export interface SpacePageInput {
  space: SpaceInfo;
  /** The Space's base URL on the emulator (what the page's iframe would load). */
  spaceUrl: string;
  token: string;
  sessionUuid: string;
}

/**
 * A Space page shaped like huggingface.co's: the app state is JSON in an
 * HTML-escaped `data-props` attribute, so the ZeroGPU values appear as
 * `&quot;token&quot;:&quot;<jwt>&quot;` and `&quot;sessionUuid&quot;:&quot;<uuid>&quot;`
 * (what g4f's regexes look for). The props come last, after the head.
 */
export function spacePageHtml({ space, spaceUrl, token, sessionUuid }: SpacePageInput): string {
  const [author = '', name = ''] = space.id.split('/');
  const props = {
    space: {
      id: space.id,
      author,
      sdk: 'gradio',
      runtime: { stage: 'RUNNING', hardware: { current: 'zero-a10g', requested: 'zero-a10g' } },
      iframe: { embedSrc: spaceUrl, src: spaceUrl },
    },
    zeroGPU: { token, sessionUuid },
  };
  return [
    '<!doctype html>',
    '<html class="">',
    '<head>',
    '<meta charset="utf-8" />',
    `<title>${htmlEscape(name)} - a Hugging Face Space by ${htmlEscape(author)}</title>`,
    `<meta property="og:url" content="https://huggingface.co/spaces/${htmlEscape(space.id)}" />`,
    '</head>',
    '<body class="flex flex-col min-h-dvh bg-white">',
    `<main><div class="SVELTE_HYDRATER contents" data-target="SpacePageInner" data-props="${htmlEscape(JSON.stringify(props))}"></div></main>`,
    '</body>',
    '</html>',
  ].join('\n');
}
