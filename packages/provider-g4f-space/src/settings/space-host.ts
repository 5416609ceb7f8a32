/** Hugging Face's host for a Space: `owner-name.hf.space`, lowercased, with `/`, `.` and `_` as `-`. */
export function spaceHost(space: string): string {
  return `${space.toLowerCase().replace(/[/._]/g, '-')}.hf.space`;
}
