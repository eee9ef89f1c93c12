import { describe, expect, it } from "vitest";
import { guessLanguage } from "../../src/dates/language-hint.js";

describe("guessLanguage", () => {
  it("reads the script, then function words", () => {
    expect(guessLanguage("Le ministre a déclaré que les prix sont en hausse dans la région.")).toBe("fr");
    expect(guessLanguage("Der Minister sagte, dass die Preise in der Region nicht steigen.")).toBe("de");
    expect(guessLanguage("El ministro dijo que los precios de la región suben por la sequía.")).toBe("es");
    expect(guessLanguage("The minister said that prices in the region are rising.")).toBe("en");
    expect(guessLanguage("Министр заявил, что цены растут.")).toBe("ru");
    expect(guessLanguage("Міністр заявив, що ціни зростають і її немає.")).toBe("uk");
    expect(guessLanguage("部长表示价格正在上涨")).toBe("zh");
    expect(guessLanguage("قال الوزير إن الأسعار ترتفع")).toBe("ar");
    expect(guessLanguage("12345 !!!")).toBe("und");
  });
});
