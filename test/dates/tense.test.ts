import { describe, expect, it } from "vitest";
import { detectTense } from "../../src/dates/refine/tense.js";

function tense(text: string, piece: string) {
  const start = text.indexOf(piece);
  return detectTense(text, start, start + piece.length);
}

describe("detectTense", () => {
  it("takes the nearest cue before the expression in its clause", () => {
    expect(tense("The ministers will meet again on Thursday.", "Thursday")).toBe("future");
    expect(tense("The mayor said on Thursday that the bridge will reopen.", "Thursday")).toBe("past");
    expect(tense("He said the bridge will reopen on Thursday.", "Thursday")).toBe("future");
    expect(tense("The bridge closed. It reopens on Thursday.", "Thursday")).toBe(null);
    expect(tense("Le conseil va se réunir lundi.", "lundi")).toBe("future");
    expect(tense("Der Rat wird am Montag tagen.", "Montag")).toBe("future");
    expect(tense("Совет будет заседать в понедельник.", "понедельник")).toBe("future");
    expect(tense("Рада заявила в понеділок.", "понеділок")).toBe("past");
  });
  it("lets a reporting verb date only what follows it closely", () => {
    expect(tense("The mayor said Friday the works end in July.", "Friday")).toBe("past");
    expect(tense("The mayor said Friday the works end in July.", "July")).toBe(null);
    expect(tense("The mayor said the works will end in July.", "July")).toBe("future");
  });
  it("looks just after the expression when nothing comes before", () => {
    expect(tense("Thursday will bring rain.", "Thursday")).toBe("future");
  });
});
