import { readFile } from 'node:fs/promises';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Checks the PNG signature and reads the size from the IHDR chunk; throws for anything else. */
export async function readPngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error(`${path} does not start with the PNG signature`);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${path} has no IHDR chunk first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
