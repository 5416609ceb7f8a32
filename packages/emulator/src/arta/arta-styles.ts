/**
 * The ARTA API style names (`style` form field) the emulator accepts: the
 * values of g4f's ARTA alias table (g4f/Provider/ARTA.py before its
 * deprecation), each once, in that table's order.
 */
export const ARTA_STYLES = [
  'Anything-xl',
  'High GPT4o',
  'On limbs black',
  'F Dev',
  'SDXL 1.0',
  'Old School',
  'Vincent Van Gogh',
  'Cor-epica-xl',
  'Professional',
  'Cheyenne-xl',
  'Chicano',
  'SDXL L',
  'Black Ink',
  'Juggernaut-xl',
  'Cinematic Art',
  'Dreamshaper-xl',
  'Fantasy Art',
  'Neo-traditional',
  'Realistic-stock-xl',
  'Flame design',
  'Japanese_2',
  'Medieval',
  'Surrealism',
  'Dotwork',
  'Graffiti',
  'RevAnimated',
  'On limbs color',
  'Old school colored',
  'GPT4o Ghibli',
  'Low Poly',
  'GPT4o',
  'No Style',
  'Anime',
  'tattoo',
  'Embroidery tattoo',
  'Mini tattoo',
  'Realistic tattoo',
  'Playground-xl',
  'Watercolor',
  'F Pro',
  'Kawaii',
  'Photographic',
  'Katayama-mix-xl',
  'Death metal',
  'New School',
  'Pony-xl',
  'Anima-pencil-xl',
  'Flux',
  'Biomech',
  'Yamers-realistic-xl',
  'Trash Polka',
  'Red and Black',
] as const;

export type ArtaStyle = (typeof ARTA_STYLES)[number];

export function isArtaStyle(value: string): value is ArtaStyle {
  return (ARTA_STYLES as readonly string[]).includes(value);
}
