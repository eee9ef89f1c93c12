import { describe, expect, it } from "vitest";
import { repairLostClosingQuotes } from "../../src/prepare/lost-quote.js";

describe("repairLostClosingQuotes", () => {
  it("reads â€ plus U+FFFD as ” when it closes a “", () => {
    expect(repairLostClosingQuotes("“Helloâ€\ufffd she said")).toEqual({ text: "“Hello” she said", count: 1 });
  });

  it("reads a bare â€ as ” when it closes a “", () => {
    expect(repairLostClosingQuotes("“Helloâ€ she said")).toEqual({ text: "“Hello” she said", count: 1 });
  });

  it("repairs each quote of a line", () => {
    expect(repairLostClosingQuotes("“aâ€ and “bâ€\ufffd")).toEqual({ text: "“a” and “b”", count: 2 });
  });

  it("leaves â€ alone when no quote is open", () => {
    const text = "Helloâ€\ufffd and “done” then â€ again";
    expect(repairLostClosingQuotes(text)).toEqual({ text, count: 0 });
  });

  it("does not carry an open quote over a line break", () => {
    const text = "“Hello\nworldâ€\ufffd";
    expect(repairLostClosingQuotes(text)).toEqual({ text, count: 0 });
  });

  it("is linear on many truncated quotes", () => {
    const text = "â€".repeat(100_000) + "“x " + "â€".repeat(100_000);
    const result = repairLostClosingQuotes(text);
    expect(result.count).toBe(1);
  });
});
