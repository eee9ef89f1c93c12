/**
 * Read one input as bytes: a file path, or standard input for "-". Bytes, not strings, so the
 * prepare stage decides the encoding (and repairs invalid UTF-8) the same way for every source.
 *
 * @module
 */
import { readFile } from "node:fs/promises";

export async function readInput(path: string, stdin: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  if (path !== "-") return new Uint8Array(await readFile(path));
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
