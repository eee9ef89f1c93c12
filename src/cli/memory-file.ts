/**
 * The `--boilerplate FILE` memory: read and checked against its schema when the file exists
 * (a new memory otherwise), written back whole through a temporary file, so an interrupted run
 * never leaves half a file.
 *
 * @module
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { createBoilerplateMemory } from "../lines/index.js";
import { type BoilerplateMemory, BoilerplateMemorySchema } from "../schema/lines.js";

export async function loadMemory(path: string): Promise<BoilerplateMemory> {
  let json: string;
  try {
    json = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return createBoilerplateMemory();
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`${path} is not JSON`);
  }
  const parsed = BoilerplateMemorySchema.safeParse(value);
  if (!parsed.success) throw new Error(`${path} is not a boilerplate memory: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

export async function saveMemory(path: string, memory: BoilerplateMemory): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(memory)}\n`);
  await rename(temporary, path);
}
