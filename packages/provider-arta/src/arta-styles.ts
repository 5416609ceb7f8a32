/**
 * ARTA's style catalogue: every model name g4f accepted for ARTA (its
 * `model_aliases`, as of the last working version) and the style name the API
 * expects in the `style` form field. `gpt-image` stands for three styles, one
 * picked at random per call, as g4f does. Keys are kept exactly as g4f spelt
 * them, `Watercolor` included.
 */
export const ARTA_STYLES: Readonly<Record<string, string | readonly string[]>> = Object.freeze({
  anime: 'Anime',
  'anima-pencil-xl': 'Anima-pencil-xl',
  'anything-xl': 'Anything-xl',
  biomech: 'Biomech',
  'black-ink': 'Black Ink',
  'cheyenne-xl': 'Cheyenne-xl',
  chicano: 'Chicano',
  'cinematic-art': 'Cinematic Art',
  'cor-epica-xl': 'Cor-epica-xl',
  'death-metal': 'Death metal',
  dotwork: 'Dotwork',
  'dreamshaper-xl': 'Dreamshaper-xl',
  'embroidery-tattoo': 'Embroidery tattoo',
  'f-dev': 'F Dev',
  'f-pro': 'F Pro',
  'fantasy-art': 'Fantasy Art',
  'flame-design': 'Flame design',
  flux: 'Flux',
  'flux-dev': 'F Dev',
  'flux-pro': 'F Pro',
  'gpt-image': Object.freeze(['GPT4o', 'High GPT4o', 'GPT4o Ghibli']),
  gpt4o: 'GPT4o',
  'gpt4o-ghibli': 'GPT4o Ghibli',
  graffiti: 'Graffiti',
  'high-gpt4o': 'High GPT4o',
  'japanese-2': 'Japanese_2',
  'juggernaut-xl': 'Juggernaut-xl',
  'katayama-mix-xl': 'Katayama-mix-xl',
  kawaii: 'Kawaii',
  'low-poly': 'Low Poly',
  medieval: 'Medieval',
  'mini-tattoo': 'Mini tattoo',
  'neo-traditional': 'Neo-traditional',
  'new-school': 'New School',
  'no-style': 'No Style',
  'old-school': 'Old School',
  'old-school-colored': 'Old school colored',
  'on-limbs-black': 'On limbs black',
  'on-limbs-color': 'On limbs color',
  photographic: 'Photographic',
  'playground-xl': 'Playground-xl',
  'pony-xl': 'Pony-xl',
  professional: 'Professional',
  'realistic-stock-xl': 'Realistic-stock-xl',
  'realistic-tattoo': 'Realistic tattoo',
  'red-and-black': 'Red and Black',
  revanimated: 'RevAnimated',
  'sdxl-1.0': 'SDXL 1.0',
  'sdxl-l': 'SDXL L',
  surrealism: 'Surrealism',
  tattoo: 'tattoo',
  'trash-polka': 'Trash Polka',
  'vincent-van-gogh': 'Vincent Van Gogh',
  Watercolor: 'Watercolor',
  'yamers-realistic-xl': 'Yamers-realistic-xl',
});

/** The model name used when none is given. */
export const ARTA_DEFAULT_STYLE = 'flux';

/** Every style name the API knows, each once. */
export const ARTA_API_STYLES: readonly string[] = Object.freeze([
  ...new Set(Object.values(ARTA_STYLES).flatMap((target) => (typeof target === 'string' ? [target] : target))),
]);
