// Speakers of Chinese, Japanese and Korean quotations, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../src/index.js";
import { cjkFullName } from "../../src/quotes/cjk.js";
import { checkOffsets, quotesOf, rows } from "./helpers.js";

function read(text: string, language: string) {
  const quotes = quotesOf(text, { language });
  checkOffsets(text, quotes);
  return rows(quotes);
}

describe("Chinese speakers", () => {
  it("a title before the name is stripped; the mention keeps it (X表示：“…”)", () => {
    expect(read("商务部新闻发言人何亚东周四在例行发布会上表示：“中方将继续扩大高水平对外开放。”", "zh")[0]).toMatchObject({
      speaker: "何亚东",
      mention: "商务部新闻发言人何亚东",
      cue: "表示",
      kind: "direct",
    });
    expect(read("财政部部长蓝佛安说，“今年的财政政策将更加积极。”", "zh")[0]).toMatchObject({ speaker: "蓝佛安", cue: "说" });
    expect(read("中国驻美国大使谢锋说，“中美合作有利于两国人民。”", "zh")[0]).toMatchObject({ speaker: "谢锋" });
  });

  it("a title after the name is stripped (李强总理, 王毅外长)", () => {
    expect(read("李强总理在开幕式上致辞说，“开放是发展的必由之路。”", "zh")[0]).toMatchObject({ speaker: "李强", mention: "李强总理" });
  });

  it("time words and adverbials between the speaker and the verb are skipped", () => {
    expect(read("俄罗斯总统普京当天说，“俄方愿意继续对话”。", "zh")[0]).toMatchObject({ speaker: "普京", mention: "俄罗斯总统普京" });
    expect(read("国家统计局局长康义3日在新闻发布会上表示，“经济运行总体平稳”。", "zh")[0]).toMatchObject({ speaker: "康义" });
  });

  it("a speaker and a verb after the quotation (“…，”他说。 / “…”X指出。)", () => {
    const text = "国家统计局局长康义介绍了上半年经济数据。“经济运行总体平稳，”康义指出。";
    expect(read(text, "zh")[0]).toMatchObject({ speaker: "康义", mention: "康义", cue: "指出" });
    expect(read("“这是一个历史性的时刻。”张华强调。", "zh")[0]).toMatchObject({ speaker: "张华", cue: "强调" });
    expect(read("“中方对此表示坚决反对，”外交部发言人汪文斌在回答记者提问时说。", "zh")[0]).toMatchObject({ speaker: "汪文斌", mention: "外交部发言人汪文斌" });
  });

  it("a pronoun resolves to the previous speaker (他强调，“…”), across paragraphs too", () => {
    const one = read("外交部长王毅在会见时说，“双方应当加强沟通”。他强调，“对话是解决分歧的唯一途径。”", "zh");
    expect(one[0]).toMatchObject({ speaker: "王毅", mention: "外交部长王毅" });
    expect(one[1]).toMatchObject({ speaker: "王毅", mention: "他", cue: "强调" });
    const two = read("李明表示，公司将加大研发投入。\n她补充道：“我们的目标是三年内实现盈利。”", "zh");
    expect(two[0]).toMatchObject({ speaker: "李明", mention: "她", cue: "补充道" });
  });

  it("a verb with no subject of its own takes the subject of the sentence's first clause", () => {
    const q = read("李强说：“我们愿意合作。”\n王毅在会见时，就双边关系表示，“双方应加强对话”。", "zh");
    expect(q[1]).toMatchObject({ speaker: "王毅", mention: "王毅", cue: "表示" });
    expect(read("他说：“我们愿意合作”，并强调“对话是唯一途径”。", "zh").map((r) => r.mention)).toEqual(["他", "他"]);
    // (A surname that is also a preposition opens its name.)
    expect(read("于洋表示：“我们会继续努力。”", "zh")[0]).toMatchObject({ speaker: "于洋" });
  });

  it("a quotation split by its cue has one speaker (“…，”她告诉记者，“…”)", () => {
    const q = read("“我们不会放弃，”她告诉记者，“比赛还没有结束。”", "zh");
    expect(q.map((r) => r.mention)).toEqual(["她", "她"]);
  });

  it("据X (according to X) names the source", () => {
    expect(read("据新华社报道，“救援工作仍在紧张进行中”。", "zh")[0]).toMatchObject({ speaker: "新华社" });
    // (A speaker of the quotation's own clause comes first.)
    expect(read("据当地媒体报道，市长陈明在现场称，“所有被困人员均已获救”。", "zh")[0]).toMatchObject({ speaker: "陈明", mention: "市长陈明" });
  });

  it("an institution or a role alone is a nominal speaker", () => {
    expect(read("对此，教育部回应称：“相关政策仍在研究之中。”", "zh")[0]).toMatchObject({ speaker: "教育部", mention: "教育部" });
    expect(read("但卫生部发言人也表示，“疫苗供应充足”。", "zh")[0]).toMatchObject({ speaker: "卫生部发言人" });
  });

  it("a fragment after a cue verb is partial (他称这是“…”)", () => {
    expect(read("美国国务卿布林肯称，这是“一次建设性的会谈”。", "zh")[0]).toMatchObject({ speaker: "布林肯", kind: "partial" });
  });

  it("a cue character inside another word is no cue (小说, 说明)", () => {
    expect(read("这部小说“充满想象力”，读者评价很高。", "zh")[0]).toMatchObject({ speaker: null, cue: null });
  });

  it("a verb of telling takes the one told after it (告诉新华社记者)", () => {
    expect(read("“我们已经做好了准备，”他告诉新华社记者。", "zh")[0]).toMatchObject({ mention: "他", cue: "告诉" });
    expect(read("一位当地官员告诉本报记者：“道路将在明天恢复通行。”", "zh")[0]).toMatchObject({ speaker: "一位当地官员", cue: "告诉" });
  });

  it("reads traditional characters and corner brackets", () => {
    expect(read("行政院發言人陳宗彥表示：「政府會全力協助受災民眾。」", "zh")[0]).toMatchObject({ speaker: "陳宗彥", cue: "表示" });
    expect(read("「我們不會放棄，」他說。", "zh")[0]).toMatchObject({ mention: "他", cue: "說" });
  });
});

describe("Japanese speakers", () => {
  it("the topic of the sentence speaks (Xは「…」と述べた), its title stripped", () => {
    expect(read("岸田首相は10日、官邸で記者団に「物価高対策に全力で取り組む」と述べた。", "ja")[0]).toMatchObject({
      speaker: "岸田",
      mention: "岸田首相",
      cue: "述べた",
      kind: "direct",
    });
    expect(read("林芳正官房長官は記者会見で「緊張感を持って対応したい」と語った。", "ja")[0]).toMatchObject({ speaker: "林芳正", mention: "林芳正官房長官" });
    expect(read("鈴木さんは「家族が無事で本当によかった」と話した。", "ja")[0]).toMatchObject({ speaker: "鈴木", mention: "鈴木さん" });
  });

  it("an organization before の is not part of the name", () => {
    expect(read("トヨタ自動車の佐藤恒治社長は「電動化を加速させる」と強調した。", "ja")[0]).toMatchObject({ speaker: "佐藤恒治" });
    expect(read("米国務省のミラー報道官は「同盟国と緊密に連携する」と明らかにした。", "ja")[0]).toMatchObject({ speaker: "ミラー", cue: "明らかにした" });
  });

  it("a country between a foreign name and its title is no part of the name", () => {
    expect(read("バイデン米大統領は「同盟は揺るがない」と述べた。", "ja")[0]).toMatchObject({ speaker: "バイデン", mention: "バイデン米大統領" });
    expect(read("ゼレンスキー・ウクライナ大統領は「支援に感謝する」と語った。", "ja")[0]).toMatchObject({ speaker: "ゼレンスキー" });
    expect(read("習近平中国国家主席は「協力を深めたい」と述べた。", "ja")[0]).toMatchObject({ speaker: "習近平" });
    // (A surname that ends like a country's abbreviation keeps it.)
    expect(read("田中首相は「対応を急ぐ」と述べた。", "ja")[0]).toMatchObject({ speaker: "田中" });
    expect(read("바이든 미국 대통령은 “동맹은 굳건하다”고 말했다.", "ko")[0]).toMatchObject({ speaker: "바이든" });
  });

  it("a role or an institution alone is a nominal speaker (官房長官は, 政府は)", () => {
    expect(read("官房長官は記者会見で「緊張感を持って対応したい」と語った。", "ja")[0]).toMatchObject({ speaker: "官房長官" });
    expect(read("政府は「現時点で被害の報告はない」としている。", "ja")[0]).toMatchObject({ speaker: "政府", cue: "している" });
  });

  it("a topic after the quotation, or between the complementizer and the verb", () => {
    expect(read("「予断を許さない状況だ」と首相は記者団に語った。", "ja")[0]).toMatchObject({ speaker: "首相", cue: "語った" });
  });

  it("a second quotation of the sentence has the same topic; 彼 is the previous speaker", () => {
    const q = read("首相は「改革を進める」と述べ、「国民の理解を得たい」と強調した。", "ja");
    expect(q.map((r) => r.speaker)).toEqual(["首相", "首相"]);
    const p = read("米国務省のミラー報道官は「同盟国と緊密に連携する」と明らかにした。彼は「状況を注視している」とも述べた。", "ja");
    expect(p[1]).toMatchObject({ speaker: "ミラー", mention: "彼" });
  });

  it("a subject right before the quotation speaks in a clause of its own (野党が「…」と批判した)", () => {
    expect(read("首相は、野党が「説明が不十分だ」と批判したことについて反論した。", "ja")[0]).toMatchObject({ speaker: "野党", cue: "批判した" });
  });

  it("によると names the source", () => {
    expect(read("気象庁によると、「今後も強い雨が続くおそれがある」という。", "ja")[0]).toMatchObject({ speaker: "気象庁", cue: "によると" });
  });

  it("a quotation with a cue and no speaker in its sentence takes the previous speaker", () => {
    const q = read("鈴木さんは「家族が無事でよかった」と話した。\n「また店を開きたい」と話した。", "ja");
    expect(q[1]).toMatchObject({ speaker: "鈴木", cue: "話した" });
  });
});

describe("Korean speakers", () => {
  it("the topic speaks (X은 “…”라고 말했다), its title stripped", () => {
    expect(read("윤석열 대통령은 이날 국무회의에서 “민생 안정에 총력을 기울이겠다”라고 말했다.", "ko")[0]).toMatchObject({
      speaker: "윤석열",
      mention: "윤석열 대통령",
      cue: "말했다",
    });
    expect(read("“협상은 계속될 것”이라고 김 장관은 밝혔다.", "ko")[0]).toMatchObject({ speaker: "김", mention: "김 장관", cue: "밝혔다" });
    expect(read("이재명 더불어민주당 대표는 “정부의 책임이 크다”고 말했다.", "ko")[0]).toMatchObject({ speaker: "이재명" });
  });

  it("그 is the previous speaker; a quotation chained by 며 shares the topic", () => {
    const q = read("김 장관은 “협상이 진전되고 있다”며 “조만간 결과를 발표하겠다”고 말했다.\n그는 “국민의 안전이 최우선”이라고 강조했다.", "ko");
    expect(q.map((r) => r.speaker)).toEqual(["김", "김", "김"]);
    expect(q[2]).toMatchObject({ mention: "그", cue: "강조했다" });
  });

  it("a period ends a Korean sentence: each topic speaks for its own sentence", () => {
    const q = read("김 장관은 “협상이 진전되고 있다”고 말했다. 이재명 대표는 “정부의 책임이 크다”라고 밝혔다. 그는 “대책이 필요하다”고 덧붙였다.", "ko");
    expect(q.map((r) => [r.speaker, r.mention])).toEqual([
      ["김", "김 장관"],
      ["이재명", "이재명 대표"],
      ["이재명", "그"],
    ]);
  });

  it("에 따르면 names the source; an adjective is no topic", () => {
    expect(read("국방부에 따르면 “북한이 미사일을 발사했다”고 전했다.", "ko")[0]).toMatchObject({ speaker: "국방부" });
    expect(read("많은 시민들은 “불안하다”고 말했다.", "ko")[0]).toMatchObject({ speaker: "많은 시민들" });
  });
});

describe("names across the article", () => {
  it("a surname alone is the full name written before a title (岸田 → 岸田文雄, 추 → 추경호)", () => {
    expect(cjkFullName("岸田文雄首相は15日、官邸に入った。岸田氏は", "岸田", 0, 30)).toBe("岸田文雄");
    expect(cjkFullName("추경호 경제부총리는 기자간담회를 열었다.", "추", 0, 30)).toBe("추경호");
    expect(cjkFullName("森林が広がる。", "森", 0, 10)).toBeNull();
  });

  it("a role alone refers back to the person who held it (官房長官は, 发言人说, 대통령은)", () => {
    const ja = read("林芳正官房長官は10日の記者会見で「緊張感を持って対応する」と述べた。\n官房長官は「情報収集に全力を挙げる」とも語った。", "ja");
    expect(ja[1]).toMatchObject({ speaker: "林芳正", mention: "官房長官" });
    const zh = read("外交部发言人毛宁表示：“中方的立场是一贯的。”\n发言人说，“我们希望各方保持冷静。”", "zh");
    expect(zh[1]).toMatchObject({ speaker: "毛宁", mention: "发言人" });
    const ko = read("윤석열 대통령은 “경제 회복에 최선을 다하겠다”라고 말했다.\n대통령은 “국민과 함께하겠다”고 밝혔다.", "ko");
    expect(ko[1]).toMatchObject({ speaker: "윤석열", mention: "대통령" });
    // (With no one before, the role itself speaks.)
    expect(read("官房長官は「情報収集に全力を挙げる」と語った。", "ja")[0]).toMatchObject({ speaker: "官房長官" });
  });

  it("a name before a colon speaks; a label does not (王毅：“…”, 标题：“…”)", () => {
    expect(read("王毅：“中美应相互尊重。”", "zh")[0]).toMatchObject({ speaker: "王毅", cue: "：" });
    expect(read("标题：“重要通知”", "zh")[0]).toMatchObject({ speaker: null });
  });

  it("a demonstrative or a passive names no speaker (这被认为是“…”)", () => {
    expect(read("这被认为是“一次重大突破”。", "zh")[0]).toMatchObject({ speaker: null });
  });

  it("normalizeArticle: the speaker is the name text when the names stage has no entity for it", () => {
    const ja = normalizeArticle(
      "首相が物価高対策を表明\n\n岸田文雄首相は15日、首相官邸で記者団の取材に応じた。\n岸田氏は「国民生活を守るために万全を期す」と述べた。\n「来月中に具体策をまとめたい」とも語った。",
    );
    expect(ja.quotes.map((q) => [q.speaker?.name, q.speaker?.mention?.text])).toEqual([
      ["岸田文雄", "岸田氏"],
      ["岸田文雄", "岸田氏"],
    ]);
    const zh = normalizeArticle(
      "北京举行新闻发布会介绍最新进展\n\n国家发展和改革委员会副主任赵辰昕周三在北京举行的新闻发布会上介绍了今年以来的经济运行情况。\n赵辰昕表示，各项政策措施正在加快落地见效。\n他说：“我们有信心、有能力实现全年目标任务。”",
    );
    expect(zh.quotes[0]?.speaker).toMatchObject({ name: "赵辰昕", mention: { text: "他" } });
  });

  it("a surname with its title resolves to the speaker named before (이 총재 after 이창용 한국은행 총재)", () => {
    const q = read("이창용 한국은행 총재는 기자간담회에서 “긴축 기조를 유지하겠다”고 말했다.\n이 총재는 “금리 인하를 논의하기에는 이르다”고 덧붙였다.", "ko");
    expect(q.map((r) => [r.speaker, r.mention])).toEqual([
      ["이창용", "이창용 한국은행 총재"],
      ["이창용", "이 총재"],
    ]);
  });

  it("a term in marks with no cue takes no speaker from the context", () => {
    const zh = read("一位应届毕业生告诉记者：“我已经投了二十多份简历。”\n推进“放管服”改革被视为稳就业的重要举措。", "zh");
    expect(zh[1]).toMatchObject({ text: "放管服", speaker: null });
    const ja = read("植田総裁は「確認したい」と語った。\n市場関係者の間では「早期の修正は難しい」との見方が広がっている。", "ja");
    expect(ja[1]).toMatchObject({ speaker: null });
  });

  it("stays linear on long runs of cue words and marks", () => {
    const inputs: [string, string][] = [
      ["zh", "发言人表示称说".repeat(40_000) + "“好”"],
      ["ja", "はとはとはに".repeat(40_000) + "「好」と述べた"],
      ["ko", "그는 ".repeat(40_000) + "“좋다”고 말했다"],
      ["zh", "他说：“好。”".repeat(20_000)],
    ];
    const start = Date.now();
    for (const [language, text] of inputs) quotesOf(text, { language });
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
