/**
 * The `copydesk` executable: runs {@link runCli} on the process's arguments and streams.
 *
 * @module
 */
import packageJson from "../../package.json";
import { runCli } from "./run.js";

// A closed pipe (`copydesk a.txt | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stdin: process.stdin,
  stderrIsTty: Boolean(process.stderr.isTTY),
  version: packageJson.version,
});
process.exitCode = exitCode;
