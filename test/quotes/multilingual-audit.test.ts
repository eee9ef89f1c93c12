// Quotations of French, Spanish, Russian and Ukrainian copy (and Italian, Portuguese, Polish,
// Dutch), on paragraphs written for these tests (invented names and wording): the speaker after
// the quotation, inverted and split quotations (an incise inside the marks), source phrases,
// colon intros, pronoun continuations, titles stripped, nominal speakers.
import { describe, expect, it } from "vitest";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

function read(text: string, language: string) {
  const quotes = quotesOf(text, { language });
  checkOffsets(text, quotes);
  return rows(quotes);
}

describe("French", () => {
  it("speaker after the quotation, titles stripped", () => {
    expect(read("« Nous ne céderons pas sur les retraites », a déclaré le ministre Jean Roux.", "fr")).toEqual([
      { text: "Nous ne céderons pas sur les retraites", speaker: "Jean Roux", mention: "Jean Roux", cue: "déclaré", kind: "direct" },
    ]);
  });

  it("a time word and a role's complement before an appositive name; `Elle a ajouté :`", () => {
    const q = read("« La situation est grave », a affirmé mardi la porte-parole du gouvernement, Claire Vasseur. Elle a ajouté : « Nous prendrons des mesures. »", "fr");
    expect(q[0]).toMatchObject({ text: "La situation est grave", speaker: "Claire Vasseur", cue: "affirmé", kind: "direct" });
    expect(q[1]).toMatchObject({ text: "Nous prendrons des mesures.", speaker: "Claire Vasseur", mention: "Elle", cue: "ajouté", kind: "direct" });
  });

  it("an incise inside the marks splits the quotation (`a-t-il expliqué`)", () => {
    const q = read("Le ministre Paul Berthier a reçu les syndicats.\n« Nous sommes prêts, a-t-il expliqué, mais pas à n'importe quel prix. »", "fr");
    expect(q.map((r) => r.text)).toEqual(["Nous sommes prêts", "mais pas à n'importe quel prix."]);
    expect(q.map((r) => r.speaker)).toEqual(["Paul Berthier", "Paul Berthier"]);
    expect(q[0]).toMatchObject({ mention: "il", cue: "expliqué" });
  });

  it("inverted subject clitics (`a-t-elle précisé`, `dit-elle`)", () => {
    const q = read("« Nous avons besoin de temps », a dit Sophie Garnier. « Le budget sera présenté en octobre », a-t-elle précisé.", "fr");
    expect(q[1]).toMatchObject({ text: "Le budget sera présenté en octobre", speaker: "Sophie Garnier", mention: "elle", cue: "précisé", kind: "direct" });
    expect(read("« Nous voulons la paix », dit-elle.", "fr")[0]).toMatchObject({ mention: "elle", cue: "dit-elle" });
  });

  it("colon intro with the French space, and `selon X` before and after", () => {
    expect(read("Le maire de Lyon, Paul Berthier, a déclaré : « Les travaux commenceront en juin. »", "fr")[0]).toMatchObject({ speaker: "Paul Berthier", kind: "direct" });
    expect(read("Selon Marc Lefort, « la réforme est mal préparée ».", "fr")[0]).toMatchObject({ speaker: "Marc Lefort", cue: "Selon" });
    expect(read("« Les négociations sont au point mort », selon un diplomate européen.", "fr")[0]).toMatchObject({ speaker: "diplomate européen", cue: "selon" });
  });

  it("a role with a capitalized complement before the name (`porte-parole du Kremlin`)", () => {
    const q = read("Le porte-parole du Kremlin Dmitri Peskov a déclaré que la Russie « ne reconnaîtra pas » ces élections.", "fr");
    expect(q[0]).toMatchObject({ text: "ne reconnaîtra pas", speaker: "Dmitri Peskov", mention: "Dmitri Peskov", kind: "partial" });
  });

  it("nominal speakers and reflexive or reaction verbs", () => {
    expect(read("« Il faut agir vite », estime le ministère de la Santé dans un communiqué.", "fr")[0]).toMatchObject({ speaker: "ministère de la Santé" });
    expect(read("Le ministère de l'Intérieur a indiqué dans un communiqué que « la situation est sous contrôle ».", "fr")[0]).toMatchObject({ speaker: "ministère de l'Intérieur", mention: "Le ministère de l'Intérieur" });
    expect(read("« Ce n'est pas acceptable », a réagi le syndicat.", "fr")[0]).toMatchObject({ speaker: "syndicat", cue: "réagi" });
    expect(read("« C'est une victoire pour tous », s'est félicité le président du club, Henri Masson.", "fr")[0]).toMatchObject({ speaker: "Henri Masson", cue: "félicité" });
  });

  it("a pronoun continues the speaker of an earlier paragraph, and a quote-only paragraph too", () => {
    const q = read("Le ministre Jean Roux s'est exprimé mardi devant les députés.\n« Nous ne reculerons pas », a-t-il martelé.\n« Le texte sera voté avant l'été. »", "fr");
    expect(q.map((r) => r.speaker)).toEqual(["Jean Roux", "Jean Roux"]);
  });

  it("an elided article before a lower-case noun (`l'avocat`), a reflexive cue (`s'interroge`)", () => {
    expect(read("« Il en va de la survie de nos entreprises », a conclu l'avocat, Maître Rémi Blanc.", "fr")[0]).toMatchObject({ speaker: "Rémi Blanc", cue: "conclu" });
    expect(read("« Pourquoi attendre ? », s'interroge le député Luc Perrin.", "fr")[0]).toMatchObject({ speaker: "Luc Perrin", cue: "interroge" });
    expect(read("Pour la députée Inès Caron, « ce projet de loi est mal ficelé ».", "fr")[0]).toMatchObject({ speaker: "Inès Caron", cue: "Pour" });
  });

  it("a quotation over two paragraphs attributed after its last piece is one speaker's", () => {
    const q = read("Le tribunal a été saisi.\n« Nous allons déposer un recours. Le tribunal doit trancher vite.\n« Il en va de la survie de nos entreprises », a conclu l'avocat, Maître Rémi Blanc.", "fr");
    expect(q.map((r) => [r.text, r.speaker])).toEqual([
      ["Nous allons déposer un recours. Le tribunal doit trancher vite.", "Rémi Blanc"],
      ["Il en va de la survie de nos entreprises", "Rémi Blanc"],
    ]);
  });

  it("an incise with no speaker leaves the quotation whole (`« …, martelé, … »`)", () => {
    expect(read("« Je l'ai dit, répété, martelé, écrit », a rappelé Jean Roux.", "fr").map((r) => r.text)).toEqual(["Je l'ai dit, répété, martelé, écrit"]);
  });

  it("dialogue dashes are no quotations", () => {
    expect(read("— Tu viens ce soir ?\n— Non, je travaille.", "fr")).toEqual([]);
  });
});

describe("Spanish", () => {
  it("speaker after the quotation with a role and a complement; a dropped subject continues it (`añadió`)", () => {
    const q = read("«La economía crece», afirmó la presidenta del banco, Lucía Ferrer. «Pero hay riesgos», añadió.", "es");
    expect(q[0]).toMatchObject({ text: "La economía crece", speaker: "Lucía Ferrer", cue: "afirmó", kind: "direct" });
    expect(q[1]).toMatchObject({ text: "Pero hay riesgos", speaker: "Lucía Ferrer", cue: "añadió" });
  });

  it("an incise between dashes inside the marks splits the quotation", () => {
    const q = read("«Estamos preparados —dijo Pablo Serrano—, pero necesitamos más tiempo».", "es");
    expect(q.map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ["Estamos preparados", "Pablo Serrano", "dijo"],
      ["pero necesitamos más tiempo", "Pablo Serrano", "dijo"],
    ]);
  });

  it("`según X` before and after, `según ella`", () => {
    expect(read("Según Andrés Molina, «el acuerdo está cerca».", "es")[0]).toMatchObject({ speaker: "Andrés Molina", cue: "Según" });
    const q = read("«Tenemos que hablar», afirmó el jueves la vicepresidenta Carmen Ortega. Según ella, «el diálogo es la única vía».", "es");
    expect(q.map((r) => r.speaker)).toEqual(["Carmen Ortega", "Carmen Ortega"]);
    expect(q[1]).toMatchObject({ mention: "ella" });
  });

  it("a capitalized adverb before a cue verb is no speaker (`Luego añadió:`)", () => {
    const q = read("«Vamos a ganar», dijo Elena Castro. Luego añadió: «Nadie nos detendrá».", "es");
    expect(q[1]).toMatchObject({ text: "Nadie nos detendrá", speaker: "Elena Castro", cue: "añadió" });
  });

  it("nominal speakers, colon intros, roles stripped", () => {
    expect(read("«Es una decisión histórica», señaló el gobierno en un comunicado.", "es")[0]).toMatchObject({ speaker: "gobierno", mention: "el gobierno" });
    expect(read("«No habrá más retrasos», aseguró el ministerio.", "es")[0]).toMatchObject({ speaker: "ministerio" });
    expect(read("La alcaldesa Marta Ruiz declaró: «Las obras terminarán en mayo».", "es")[0]).toMatchObject({ speaker: "Marta Ruiz", kind: "direct" });
    expect(read("«Los datos son claros», explicó el economista Jorge Pinto.", "es")[0]).toMatchObject({ speaker: "Jorge Pinto" });
  });

  it("single marks in guillemet copy hold a term, not speech (`la ‘operación Mora’`)", () => {
    const q = read("«Ya veremos», dijo la fiscal de la ‘operación Mora’ ante la prensa.", "es");
    expect(q.map((r) => r.text)).toEqual(["Ya veremos"]);
    expect(q[0]).toMatchObject({ speaker: "fiscal", cue: "dijo" });
  });

  it("`Para X,` at a clause start is a source; `para` elsewhere is not", () => {
    expect(read("Para el analista Tomás Vidal, «la caída del consumo es preocupante».", "es")[0]).toMatchObject({ speaker: "Tomás Vidal", cue: "Para" });
    expect(read("«Nos sentimos traicionados», dijo Rosa Vega. Pidió más fondos para el hospital, «que está colapsado».", "es")[1]!.speaker).toBe("Rosa Vega");
  });

  it("dialogue dashes are no quotations", () => {
    expect(read("—Buenos días —dijo el conserje.\n—Buenos días —respondió ella.", "es")).toEqual([]);
  });
});

describe("Russian", () => {
  it("a dash after the closing mark before an inverted cue verb; `добавила она`", () => {
    const q = read("«Ситуация под контролем», — сказала губернатор области Ольга Лебедева. «Все службы работают», — добавила она.", "ru");
    expect(q).toEqual([
      { text: "Ситуация под контролем", speaker: "Ольга Лебедева", mention: "губернатор области Ольга Лебедева", cue: "сказала", kind: "direct" },
      { text: "Все службы работают", speaker: "Ольга Лебедева", mention: "она", cue: "добавила", kind: "direct" },
    ]);
  });

  it("`по словам X` names X (not `По`), and a bare noun phrase after it", () => {
    expect(read("По словам Игоря Седова, «переговоры идут трудно».", "ru")[0]).toMatchObject({ speaker: "Игоря Седова", cue: "По словам" });
    expect(read("«Переговоры зашли в тупик», по словам источника в правительстве.", "ru")[0]).toMatchObject({ speaker: "источника в правительстве", cue: "по словам" });
  });

  it("an incise inside the marks, closed by a comma or a period", () => {
    const q = read("«Решение принято, — сказал Павел Орлов, — и пересматривать его никто не будет».", "ru");
    expect(q.map((r) => [r.text, r.speaker])).toEqual([
      ["Решение принято", "Павел Орлов"],
      ["и пересматривать его никто не будет", "Павел Орлов"],
    ]);
    const p = read("«Мы готовы, — подчеркнула она. — Осталось согласовать детали».", "ru");
    expect(p.map((r) => [r.text, r.mention, r.cue])).toEqual([
      ["Мы готовы", "она", "подчеркнула"],
      ["Осталось согласовать детали", "она", "подчеркнула"],
    ]);
  });

  it("a role and a genitive complement before the name (`пресс-секретарь Кремля`, `депутат Госдумы`)", () => {
    expect(read("Пресс-секретарь Кремля Дмитрий Песков заявил, что Россия «не признает» эти выборы.", "ru")[0]).toMatchObject({ speaker: "Дмитрий Песков", kind: "partial" });
    expect(read("«Мы не согласны», — сказал журналистам депутат Госдумы Иван Петров.", "ru")[0]).toMatchObject({ speaker: "Иван Петров", mention: "Иван Петров" });
  });

  it("impersonal cues name the body after a place preposition (`заявили в министерстве`, `говорится в заявлении МИД`)", () => {
    expect(read("«Мы готовы к диалогу», — заявили в министерстве.", "ru")[0]).toMatchObject({ speaker: "министерстве", cue: "заявили" });
    expect(read("«Это провокация», — говорится в заявлении МИД.", "ru")[0]).toMatchObject({ text: "Это провокация", speaker: "МИД", mention: "МИД", cue: "говорится" });
  });

  it("colon intro, `Как заявил` after a time phrase, a pronoun continuation", () => {
    expect(read("Министр Антон Громов заявил: «Бюджет будет принят в срок».", "ru")[0]).toMatchObject({ speaker: "Антон Громов", kind: "direct" });
    expect(read("Как заявил в понедельник министр иностранных дел Сергей Лавров, «диалог возможен».", "ru")[0]).toMatchObject({ speaker: "Сергей Лавров", mention: "министр иностранных дел Сергей Лавров" });
    const q = read("«Мы выполним все обязательства», — заверил глава компании Олег Смирнов. Он добавил: «Сроки не изменятся».", "ru");
    expect(q.map((r) => r.speaker)).toEqual(["Олег Смирнов", "Олег Смирнов"]);
  });

  it("after `», —` a past-tense verb of any kind is a cue (`пошутил`)", () => {
    expect(read("«Это, как говорится, дело вкуса», — пошутил актер Семен Гусев.", "ru")[0]).toMatchObject({ text: "Это, как говорится, дело вкуса", speaker: "Семен Гусев", cue: "пошутил" });
  });

  it("a role alone refers back to the person named with it (`— пояснил министр`)", () => {
    const q = read("Министр финансов Антон Громов считает, что «инфляция замедлится». «Мы видим первые признаки», — пояснил министр.", "ru");
    expect(q[1]).toMatchObject({ speaker: "Антон Громов", mention: "министр", cue: "пояснил" });
  });

  it("a patronymic keeps a three-word name", () => {
    expect(read("«Мы не видим угрозы», — сказал президент Игорь Петрович Волков.", "ru")[0]).toMatchObject({ speaker: "Игорь Петрович Волков" });
  });

  it("dialogue dashes are no quotations", () => {
    expect(read("— Ты придешь?\n— Нет, не смогу.", "ru")).toEqual([]);
  });
});

describe("Ukrainian", () => {
  it("speaker after the quotation and `додала вона`", () => {
    const q = read("«Ситуація під контролем», — сказала голова області Олена Мельник. «Усі служби працюють», — додала вона.", "uk");
    expect(q.map((r) => [r.text, r.speaker, r.cue, r.kind])).toEqual([
      ["Ситуація під контролем", "Олена Мельник", "сказала", "direct"],
      ["Усі служби працюють", "Олена Мельник", "додала", "direct"],
    ]);
  });

  it("`за словами X` names X (not `За`)", () => {
    expect(read("За словами Ігоря Савчука, «переговори йдуть важко».", "uk")[0]).toMatchObject({ speaker: "Ігоря Савчука", cue: "За словами" });
  });

  it("low-9 marks, impersonal cues and statements", () => {
    expect(read("„Ми готові до діалогу“, — заявили в міністерстві.", "uk")[0]).toMatchObject({ text: "Ми готові до діалогу", speaker: "міністерстві" });
    expect(read("«Ситуація складна», — йдеться в заяві Міністерства оборони.", "uk")[0]).toMatchObject({ speaker: "Міністерства оборони", cue: "йдеться" });
  });

  it("a role with a two-word genitive before the name (`депутат Верховної Ради`)", () => {
    expect(read("„Ми не погоджуємося“, — сказав журналістам депутат Верховної Ради Іван Петренко.", "uk")[0]).toMatchObject({ speaker: "Іван Петренко" });
    expect(read("Речник Кремля Дмитро Пєсков заявив, що Росія «не визнає» ці вибори.", "uk")[0]).toMatchObject({ speaker: "Дмитро Пєсков" });
  });

  it("an incise inside the marks splits the quotation", () => {
    const q = read("«Рішення ухвалено, — сказав Павло Бондар, — і переглядати його ніхто не буде».", "uk");
    expect(q.map((r) => [r.text, r.speaker])).toEqual([
      ["Рішення ухвалено", "Павло Бондар"],
      ["і переглядати його ніхто не буде", "Павло Бондар"],
    ]);
  });

  it("colon intro and a pronoun continuation", () => {
    const q = read("«Ми виконаємо всі зобов'язання», — запевнив голова компанії Олег Шевченко. Він додав: «Терміни не зміняться».", "uk");
    expect(q.map((r) => [r.speaker, r.cue])).toEqual([
      ["Олег Шевченко", "запевнив"],
      ["Олег Шевченко", "додав"],
    ]);
  });
});

describe("Italian, Portuguese, Polish, Dutch", () => {
  it("a department after an elided article is no part of the name (`ministro dell'Economia`)", () => {
    expect(read("«Non aumenteremo le tasse», ha detto il ministro dell'Economia Giancarlo Ferri.", "it")[0]).toMatchObject({ speaker: "Giancarlo Ferri", cue: "detto" });
  });

  it("a source word is no part of the name after it (`Secondo`, `Segundo`, `Według`, `Volgens`)", () => {
    expect(read("Secondo Laura Conti, «la riforma è necessaria».", "it")[0]).toMatchObject({ speaker: "Laura Conti" });
    expect(read("Segundo Pedro Alves, \"o acordo está próximo\".", "pt")[0]).toMatchObject({ speaker: "Pedro Alves" });
    expect(read("Według Piotra Wiśniewskiego „rozmowy idą trudno”.", "pl")[0]).toMatchObject({ speaker: "Piotra Wiśniewskiego" });
    expect(read("Volgens Eva Jansen is \"de hervorming slecht voorbereid\".", "nl")[0]).toMatchObject({ speaker: "Eva Jansen" });
  });

  it("nominal speakers (`il ministero della Salute`) and dropped subjects (`acrescentou`, `podkreśliła`)", () => {
    expect(read("«La situazione è grave», afferma il ministero della Salute.", "it")[0]).toMatchObject({ speaker: "ministero della Salute", cue: "afferma" });
    const pt = read("\"A economia vai crescer\", afirmou a presidente do banco, Ana Costa. \"Mas há riscos\", acrescentou.", "pt");
    expect(pt.map((r) => [r.speaker, r.cue])).toEqual([
      ["Ana Costa", "afirmou"],
      ["Ana Costa", "acrescentou"],
    ]);
    const pl = read("„Sytuacja jest pod kontrolą” – dodała rzeczniczka rządu Anna Nowak. „Wszystkie służby działają” – podkreśliła.", "pl");
    expect(pl.map((r) => [r.speaker, r.cue])).toEqual([
      ["Anna Nowak", "dodała"],
      ["Anna Nowak", "podkreśliła"],
    ]);
  });
});

describe("English is not touched by these rules", () => {
  it("a capital letter alone after a name is no preposition (`Tom Z, wrote`)", () => {
    expect(read("One reader, Tom Z, wrote of Mayor Roe: \"Your office still ignores the harbour.\"", "en")[0]).toMatchObject({ speaker: "Tom Z" });
  });

  it("a middle initial keeps the first name after a role (`President George W. Bush`)", () => {
    expect(read("\"We will prevail,\" said former President George W. Bush.", "en")[0]).toMatchObject({ speaker: "George W. Bush" });
  });
});
