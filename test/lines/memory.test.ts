import { describe, expect, it } from "vitest";
import { BoilerplateMemorySchema, normalizeArticle } from "../../src/index.js";
import { createBoilerplateMemory, isRemembered, rememberPage } from "../../src/lines/memory.js";

const footer = "Sign up for the Morning Brief and our weekend edition";

function page(story: string): string {
  return [
    "Top stories",
    "",
    `${story} The council met on Tuesday and agreed to the plan after a long debate about costs and the schedule for the works.`,
    "",
    `Residents said the ${story.toLowerCase()} decision came after months of consultation, and the mayor promised that the works would be finished before the winter.`,
    "",
    footer,
  ].join("\n");
}

describe("BoilerplateMemory", () => {
  it("remembers lines per page, once per page", () => {
    const memory = createBoilerplateMemory();
    rememberPage(memory, [{ text: "Top stories" }, { text: "Top stories" }, { text: "" }]);
    expect(memory.pages).toBe(1);
    expect(memory.lines["top stories"]).toBe(1);
    rememberPage(memory, [{ text: "  TOP STORIES " }]);
    expect(isRemembered(memory, "top stories")).toBe(true);
  });

  it("is plain serializable data that its schema accepts", () => {
    const memory = rememberPage(createBoilerplateMemory(), [{ text: "Menu" }]);
    expect(BoilerplateMemorySchema.parse(JSON.parse(JSON.stringify(memory)))).toEqual(memory);
  });

  it("marks a line seen on other pages of the site as boilerplate", () => {
    const memory = createBoilerplateMemory();
    for (const story of ["Bridge repairs approved.", "New library opens.", "Park redesign agreed."]) {
      rememberPage(memory, normalizeArticle(page(story), { boilerplate: memory }).lines);
    }
    const article = normalizeArticle(page("School roof fixed."), { boilerplate: memory });
    const line = article.lines.find((l) => l.text === footer)!;
    expect(line.reasons).toContain("seen-on-other-pages");
    expect(article.body).not.toContain(footer);
    expect(article.body).toContain("School roof fixed.");
  });

  it("forgets lines seen once when over its cap", () => {
    const memory = createBoilerplateMemory({ maxLines: 2 });
    rememberPage(memory, [{ text: "a1" }, { text: "b1" }]);
    rememberPage(memory, [{ text: "a1" }, { text: "c1" }]);
    expect(memory.lines).toEqual({ a1: 2 });
  });

  it("keeps counting its size across pages and after a JSON round trip", () => {
    const memory = createBoilerplateMemory({ maxLines: 3 });
    rememberPage(memory, [{ text: "a1" }, { text: "b1" }]);
    rememberPage(memory, [{ text: "a1" }, { text: "b1" }, { text: "c1" }]);
    // Three lines: at the cap, nothing forgotten yet.
    expect(memory.lines).toEqual({ a1: 2, b1: 2, c1: 1 });
    const restored = JSON.parse(JSON.stringify(memory)) as typeof memory;
    rememberPage(restored, [{ text: "d1" }]);
    // Four lines: over the cap, the lines seen once go.
    expect(restored.lines).toEqual({ a1: 2, b1: 2 });
    rememberPage(restored, [{ text: "e1" }]);
    expect(restored.lines).toEqual({ a1: 2, b1: 2, e1: 1 });
  });
});
