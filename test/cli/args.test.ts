import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";

describe("parseCliArgs", () => {
  it("reads stdin by default with pretty JSON", () => {
    expect(parseCliArgs([])).toEqual({
      kind: "run",
      files: ["-"],
      format: "json",
      referenceDate: undefined,
      maxLength: undefined,
      boilerplate: undefined,
      disableRules: [],
    });
  });

  it("takes a memory file and rules to disable", () => {
    expect(parseCliArgs(["--boilerplate", "site.json", "--disable-rule", "phrase", "--disable-rule", "caption", "a.txt"])).toMatchObject({
      boilerplate: "site.json",
      disableRules: ["phrase", "caption"],
    });
  });

  it("takes files, a format and a reference date", () => {
    expect(parseCliArgs(["--ndjson", "--reference-date", "2026-01-26", "a.txt", "b.txt"])).toMatchObject({
      kind: "run",
      files: ["a.txt", "b.txt"],
      format: "ndjson",
      referenceDate: "2026-01-26",
    });
  });

  it.each([
    [["--bogus"], /bogus/],
    [["--text", "--ndjson"], /one output format/],
    [["--reference-date", "yesterday"], /YYYY-MM-DD/],
    [["--max-length", "0"], /positive whole number/],
    [["--disable-rule", "no-such-rule"], /no rule named "no-such-rule"/],
  ])("%j is a usage error", (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe("usage-error");
    expect(parsed.kind === "usage-error" && parsed.message).toMatch(message);
  });

  it("recognizes help and version", () => {
    expect(parseCliArgs(["-h"])).toEqual({ kind: "help" });
    expect(parseCliArgs(["--version"])).toEqual({ kind: "version" });
  });
});
