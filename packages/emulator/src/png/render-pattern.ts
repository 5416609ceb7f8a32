/**
 * Fills an RGBA buffer with a pattern fully determined by a 64-hex digest:
 * three colours, a pattern family (diagonal bands, rings, checker, plaid) and
 * its frequency all come from the digest bytes. Integer maths only, so the
 * pixels are identical on every platform.
 */
export function renderPattern(digestHex: string, width: number, height: number): Buffer {
  const seed = Buffer.from(digestHex.padEnd(64, '0').slice(0, 64), 'hex');
  const byte = (index: number): number => seed[index % seed.length] ?? 0;
  const color = (offset: number): readonly number[] => [byte(offset), byte(offset + 1), byte(offset + 2)];
  const colorA = color(0);
  const colorB = color(3);
  const colorC = color(6);
  const family = byte(9) % 4;
  const period = Math.max(4, Math.round((Math.max(width, height) / (2 + (byte(10) % 10))) | 0));
  const cx = Math.floor((width * (64 + (byte(11) % 128))) / 256);
  const cy = Math.floor((height * (64 + (byte(12) % 128))) / 256);
  const data = Buffer.alloc(width * height * 4);

  for (let y = 0; y < height; y += 1) {
    const vertical = height > 1 ? Math.floor((y * 255) / (height - 1)) : 0;
    for (let x = 0; x < width; x += 1) {
      let phase: number;
      if (family === 0) phase = (x + y) % (2 * period);
      else if (family === 1) phase = Math.floor(Math.sqrt((x - cx) ** 2 + (y - cy) ** 2)) % (2 * period);
      else if (family === 2) phase = ((Math.floor(x / period) + Math.floor(y / period)) & 1) * period + (x % period);
      else phase = ((x % (2 * period)) + (y % (2 * period))) % (2 * period);
      // Triangle wave 0..255 from the phase.
      const wave = Math.floor(((phase < period ? phase : 2 * period - phase) * 255) / period);
      const offset = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        const a = colorA[channel] ?? 0;
        const b = colorB[channel] ?? 0;
        const c = colorC[channel] ?? 0;
        const mixed = a + Math.floor(((b - a) * wave) / 255);
        data[offset + channel] = mixed + Math.floor(((c - mixed) * vertical) / 1020);
      }
      data[offset + 3] = 255;
    }
  }
  return data;
}
