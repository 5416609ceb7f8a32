/** Every route the emulator counts and can inject faults into. */
export const ROUTE_NAMES = [
  'firebase.signUp',
  'firebase.refresh',
  'arta.submit',
  'arta.status',
  'hf.page',
  'hf.jwt',
  'gradio.join',
  'gradio.data',
  'gradio.upload',
  'gradio.predict',
  'file',
  'notFound',
] as const;

export type RouteName = (typeof ROUTE_NAMES)[number];

export function isRouteName(value: string): value is RouteName {
  return (ROUTE_NAMES as readonly string[]).includes(value);
}
