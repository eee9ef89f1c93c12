import { describe, expect, it } from "vitest";
import { SubstringSet } from "../../src/lines/substring-set.js";

describe("SubstringSet", () => {
  const set = new SubstringSet(["all rights reserved", "cookies", "版权所有", "icp备", "ab"]);

  it("finds a phrase anywhere in the text", () => {
    expect(set.test("© 2024 acme. all rights reserved.")).toBe(true);
    expect(set.test("we use cookies to improve your experience")).toBe(true);
    expect(set.test("本网站版权所有，未经许可不得转载")).toBe(true);
    expect(set.test("京icp备12345号")).toBe(true);
  });

  it("compares phrases shorter than three units directly", () => {
    expect(set.test("a crab")).toBe(true);
    expect(set.test("a cra")).toBe(false);
  });

  it("finds nothing in text without the phrases", () => {
    expect(set.test("the minister said the talks would resume on monday")).toBe(false);
    expect(set.test("all rights are reserved")).toBe(false);
    expect(set.test("")).toBe(false);
    expect(set.test("co")).toBe(false);
  });

  it("finds a phrase at the very start and the very end", () => {
    expect(set.test("cookies")).toBe(true);
    expect(set.test("cookies policy")).toBe(true);
    expect(set.test("read about cookies")).toBe(true);
  });

  it("agrees with a plain search on many texts", () => {
    const phrases = ["newsletter", "sign up", "to your inbox", "abonnieren", "все права"];
    const s = new SubstringSet(phrases);
    const words = ["sign", "up", "to", "your", "inbox", "news", "letter", "newsletter", "все", "права", "abonnieren", "x"];
    let seed = 11;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(random() * 8) }, () => words[Math.floor(random() * words.length)]).join(random() < 0.5 ? " " : "");
      expect(s.test(text)).toBe(phrases.some((p) => text.includes(p)));
    }
  });
});
