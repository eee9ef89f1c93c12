/**
 * Attribution data of Chinese, Japanese and Korean copy, read by `cjk.ts`: cue verbs and the
 * words that hold one without being one, complementizers after a quotation (`と`, `라고`),
 * topic particles, source markers (`据`, `によると`, `에 따르면`), pronouns, titles stripped
 * from names, and the suffixes of institutions. Nothing else imports this file.
 *
 * Chinese puts the speaker before its verb on either side of the quotation (`X表示：“…”`,
 * `“…”X说。`); Japanese and Korean put the speaker first as the topic of the sentence and the
 * verb last, after a complementizer that follows the quotation (`Xは「…」と述べた`,
 * `X은 “…”라고 말했다`).
 *
 * @module
 */

/** Languages whose attribution is read by `cjk.ts` instead of the word-based cue search. */
export const CJK_LANGUAGES: ReadonlySet<string> = new Set(["zh", "ja", "ko"]);

/** Punctuation that ends a sentence. */
export const CJK_SENTENCE_ENDS = "。！？；!?;";
/** Punctuation that ends a clause (sentence ends included) and the quotation marks. */
export const CJK_CLAUSE_BREAKS = "。！？；，：!?;,:「」『』“”\"\n";

/** Chinese attribution data. */
export const ZH = {
  /** Cue verbs (a speaker before, a quotation on either side). */
  verbs: [
    "说", "说道", "表示", "指出", "称", "强调", "透露", "介绍", "认为", "回应", "宣布", "补充道", "补充说", "补充",
    "告诉记者", "告诉本报", "声称", "宣称", "坦言", "直言", "表态", "呼吁", "警告", "提到", "谈到", "解释", "承认",
    "重申", "回答", "答道", "问道", "写道", "感叹", "坦承", "回复", "评论", "发文", "证实", "抱怨", "批评", "呼吁",
    "主张", "确认", "否认", "形容", "总结", "预计", "预测", "质疑", "反驳", "谴责", "声明", "通报", "报道", "援引",
    // Traditional characters.
    "說", "說道", "稱", "強調", "介紹", "認為", "回應", "宣佈", "補充道", "補充說", "告訴記者", "聲稱", "宣稱", "表態",
    "呼籲", "談到", "解釋", "承認", "問道", "寫道", "證實", "批評", "確認", "否認", "預計", "反駁", "譴責", "聲明",
    "報導", "通報",
  ],
  /** Verbs that take the one told after them (`告诉新华社记者`), and the heads of those told. */
  tellVerbs: ["告诉", "告訴"],
  addressees: ["记者", "媒体", "本报", "本台", "本刊", "記者", "媒體", "本報"],
  /** The particle that ends a modifier before its head (`参加会议的代表`). */
  modifierParticle: "的",
  /** Particles that may follow a cue verb (`说过`, `表示了`). */
  verbParticles: "了过着",
  /** Words that hold a cue verb but are none (`小说`, `说明`, `名称`). */
  notCues: [
    "小说", "说明", "说服", "据说", "传说", "演说", "学说", "听说", "说法", "游说", "称为", "称之为", "名称", "简称",
    "号称", "职称", "对称", "称号", "昵称", "俗称", "统称", "全称", "人称", "称作", "自称为", "解说", "介绍信",
    "谈到底", "表示式", "不用说", "再说", "虽说", "比如说", "换句话说", "总的来说", "一般来说", "也就是说",
    "小說", "說明", "說服", "據說", "傳說", "演說", "學說", "聽說", "說法", "遊說", "稱為", "名稱", "簡稱", "號稱",
    "職稱", "對稱", "稱號", "暱稱", "俗稱", "統稱", "全稱", "人稱", "稱作", "解說", "不用說", "再說", "雖說",
  ],
  /** Words that open the source of an attribution (`据新华社报道`, `根据X`). */
  sourceBefore: ["根据", "据", "根據", "據"],
  /** Words after a source marker that name no source (`据悉`, `据了解`). */
  noSource: [
    "悉", "了解", "报道", "称", "说", "介绍", "透露", "分析", "估计", "统计", "消息", "报", "指出", "显示",
    "報導", "報道", "稱", "說", "介紹", "估計", "統計", "報", "顯示",
  ],
  /** Words that follow the source of `据X`: its verb or `消息`. */
  sourceVerbs: [
    "报道", "消息", "介绍", "透露", "表示", "指出", "称", "说", "援引", "通报", "披露", "显示", "统计",
    "報導", "報道", "介紹", "稱", "說", "通報", "顯示", "統計",
  ],
  /** Words that open a clause before its subject (`但`, `对此`, `此外`). */
  connectives: [
    "但是", "但", "而且", "而", "不过", "然而", "同时", "此外", "另外", "随后", "并且", "因此", "所以", "对此",
    "另一方面", "与此同时", "此前", "其中", "当时", "之后", "最后", "首先", "其次",
    "對此", "隨後", "並且", "因此", "與此同時", "當時",
  ],
  /** Words that end a subject: adverbs and the openers of adverbials after it (`他也表示`, `X在会上说`). */
  subjectEnds: [
    "在", "于", "对", "就", "向", "跟", "也", "还", "又", "再", "则", "曾", "已", "并", "均", "更", "被",
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "星期", "今天", "昨天", "前天", "当天", "当日",
    "今日", "昨日", "日前", "近日", "此前", "随后", "同时", "上午", "下午", "晚间", "晚上", "早些时候", "会上",
    "会后", "接受", "通过", "答", "回答", "笑着", "最近", "近期", "一再", "多次", "明确", "特别", "直接", "公开",
    "今年", "去年", "本周", "上周", "本月", "上月",
    "於", "對", "還", "則", "並", "週一", "週二", "週三", "週四", "週五", "週六", "週日", "當天", "當日", "隨後",
    "晚間", "會上", "會後", "通過", "回答", "一再", "多次", "明確", "特別", "直接",
  ],
  /** Prepositions after a subject (`王毅在会见时`): the phrase before them is the subject. */
  prepositions: ["在", "于", "於", "对", "對", "向", "跟", "同", "与", "與"],
  /** Subjects that name no speaker (`这被认为是“…”`). */
  notSubjects: ["这", "那", "此", "它", "它们", "这些", "那些", "这一", "這", "這些", "那些", "它們"],
  /** Subject ends that are also surnames (`于洋`, `向华`): not read as one at the start of a subject. */
  surnameEnds: ["于", "向", "曾", "於"],
  /** Labels before a colon that name no speaker (`标题：“…”`). */
  labels: [
    "标题", "题目", "主题", "口号", "原文", "全文", "注", "备注", "来源", "编者按", "链接", "附件", "地址", "电话",
    "时间", "地点", "关键词", "摘要", "责任编辑", "编辑", "作者", "标語", "標題", "題目", "主題", "口號", "來源",
  ],
  /** Personal pronouns (`他说`), and pronouns of a group (`他们表示`). */
  pronouns: ["他", "她", "其"],
  groupPronouns: ["他们", "她们", "我们", "对方", "他們", "她們", "我們", "對方"],
  /** Titles and roles before a name (`外交部发言人毛宁`); stripped from the name. */
  titles: [
    "发言人", "总统", "副总统", "总理", "副总理", "主席", "副主席", "外长", "外交部长", "部长", "副部长", "国务卿",
    "大使", "秘书长", "首相", "总书记", "书记", "省长", "市长", "州长", "县长", "议员", "参议员", "众议员", "议长",
    "委员", "主任", "局长", "司长", "院长", "校长", "董事长", "总裁", "首席执行官", "经理", "总经理", "教授",
    "研究员", "负责人", "代表", "大臣", "国王", "女王", "新闻秘书", "防长", "国防部长", "财长", "总干事", "总监",
    "创始人", "主持人", "医生", "律师", "法官", "检察官", "将军", "司令", "高级研究员", "分析师", "经济学家", "博士",
    "会长", "理事长", "行长", "主编", "记者", "队长", "专家", "学者", "分析人士", "人士", "官员",
    "發言人", "總統", "副總統", "總理", "副總理", "外長", "部長", "國務卿", "秘書長", "總書記", "書記", "市長",
    "議員", "立委", "委員", "局長", "院長", "董事長", "總裁", "執行長", "負責人", "專家", "學者", "官員", "記者", "团长", "组长", "处长", "科长", "厅长", "教练", "先生", "女士", "总参谋长", "特使", "领导人",
  ],
  /** Titles that also follow a name (`王毅外长`, `李强总理`); stripped from the name there. */
  titlesAfter: [
    "外长", "总理", "主席", "总统", "首相", "部长", "大使", "教授", "先生", "女士", "博士", "医生", "律师", "书记",
    "省长", "市长", "局长", "主任", "院长", "校长", "董事长", "总裁", "会长", "行长", "队长", "教练", "议员", "国务卿",
    "外長", "總理", "總統", "部長", "市長", "局長", "院長", "董事長", "總裁", "議員", "國務卿",
  ],
  /** Ends of institutions and collectives (`外交部`, `美方`, `新华社`): nominal speakers. */
  institutions: [
    "部", "局", "院", "委", "会", "厅", "办", "处", "署", "府", "社", "台", "国", "省", "市", "县", "州", "党", "军",
    "队", "所", "行", "方", "宫", "楼", "盟", "报", "网", "组织", "公司", "集团", "大学", "机构", "中心", "政府",
    "当局", "媒体", "警方", "法院", "官员", "人士", "专家", "人员", "学者", "分析", "报告", "声明", "文章", "数据",
    "民众", "居民", "网友", "消息", "调查", "研究",
    "會", "廳", "辦", "處", "國", "縣", "黨", "軍", "隊", "宮", "樓", "報", "網", "組織", "集團", "大學", "機構",
    "當局", "媒體", "官員", "專家", "學者", "報告", "聲明", "數據",
  ],
} as const;

/** Japanese attribution data. */
export const JA = {
  /** Complementizers that join a quotation to its verb (`「…」と述べた`). */
  complementizers: ["とも", "と"],
  /** Cue verbs after the complementizer, as the start of their forms (`述べた`, `述べ、`). */
  verbs: [
    "述べ", "語っ", "語り", "語る", "話し", "話す", "強調", "明らかに", "説明", "指摘", "批判", "訴え", "発表",
    "答え", "主張", "言っ", "言い", "言う", "述懐", "表明", "明かし", "振り返", "呼びかけ", "呼び掛け", "警告",
    "反論", "発言", "記し", "書い", "投稿", "力説", "説い", "回答", "断言", "否定", "反発", "釈明", "応じ", "伝え",
    "している", "しており", "しています", "した", "しました", "する", "し、", "コメント", "報じ", "報告",
  ],
  /** Kana of a verb's inflection after its stem (`述べた`, `話しました`, `述べている`). */
  inflection: "たてしますいるっりれら",
  /** Particles after a complementizer's short object or place (`と記者団に述べた`, `と会見で語った`). */
  gapParticles: ["に", "で", "へ", "て"],
  /** Units of a date before a name (`10日岸田首相`). */
  dateUnits: "日月年",
  /** Particles that mark the topic or subject of a sentence (`首相は`, `首相が`), the topic first. */
  topicParticles: ["は", "が"],
  /** Words before `は` that are no topic speaker (`今回は`, `一方は`). */
  notTopics: [
    "今回", "今後", "現在", "一方", "今日", "本日", "当時", "今年", "昨年", "来年", "以前", "最近", "当初", "結果",
    "問題", "内容", "理由", "背景", "目的", "方針", "計画", "状況", "影響", "事件", "事故", "被害",
  ],
  /** The subject particle of a clause of its own (`野党が「…」と批判した`). */
  subjectParticle: "が",
  /** Source markers after the source (`共同通信によると`). */
  sourceAfter: ["によると", "によれば"],
  /** Honorifics in kana after a name (`鈴木さん`). */
  kanaHonorifics: ["さん", "ちゃん", "くん", "さま"],
  pronouns: ["彼女", "彼"],
  groupPronouns: ["彼ら", "彼女ら"],
  /** Titles after a name (`岸田首相`, `林官房長官`, `鈴木氏`); stripped from the name. */
  titles: [
    "首相", "官房長官", "氏", "大統領", "副大統領", "長官", "外相", "防衛相", "財務相", "大臣", "知事", "市長",
    "町長", "村長", "議員", "幹事長", "委員長", "報道官", "総裁", "代表", "社長", "会長", "理事長", "教授", "容疑者",
    "被告", "監督", "選手", "院長", "局長", "部長", "課長", "室長", "所長", "校長", "主席", "国務長官", "外務大臣",
    "国務相", "事務総長", "総長", "議長", "副議長", "書記長", "首席", "大使", "司令官", "政調会長", "代表理事",
    "弁護士", "医師", "記者", "元首相", "前首相", "次官", "審議官", "准教授", "さん", "ちゃん", "くん", "さま",
    "国家主席", "首席補佐官", "経済産業相", "厚生労働相", "農林水産相", "国土交通相", "文部科学相", "法相", "総務相", "環境相", "経済再生相",
  ],
  /** Countries between a name and its title (`バイデン米大統領`): no part of the name. */
  countries: [
    "米", "中", "露", "英", "仏", "独", "韓", "伊", "印", "豪", "加", "米国", "中国", "韓国", "北朝鮮", "ロシア",
    "ウクライナ", "イスラエル", "イラン", "フランス", "ドイツ", "イギリス", "台湾", "インド", "トルコ", "・",
  ],
  /** Ends of institutions and collectives (`外務省`, `政府`): nominal speakers. */
  institutions: [
    "省", "庁", "党", "社", "局", "府", "会", "院", "部", "団", "軍", "国", "県", "市", "町", "村", "銀行", "政府",
    "当局", "警察", "委員会", "関係者", "幹部", "筋", "事務所", "大学", "研究所", "機構", "協会", "連合", "企業", "側",
    "チーム",
  ],
} as const;

/** Korean attribution data (words are separated by spaces; particles stick to them). */
export const KO = {
  /** Complementizers that stick to the closing mark (`”라고 말했다`, `”고 밝혔다`), longest first. */
  complementizers: ["이라면서", "라면서", "이라며", "이라고", "라며", "라고", "면서", "며", "고"],
  /** Complementizers that go on to another quotation (`“A”며 “B”고 말했다`). */
  continuing: ["이라면서", "라면서", "이라며", "라며", "면서", "며"],
  /** Last syllables of words that end a speaker phrase (particles: `국무회의에서`, `정부의`). */
  phraseEnds: "에서을를로와과도의만께",
  /** Cue verbs, as the start of their word (`말했다`, `밝혔다`, `밝히며`). */
  verbs: [
    "말했", "말하", "말한", "밝혔", "밝히", "밝힌", "전했", "전하", "강조했", "강조하", "설명했", "설명하", "덧붙였",
    "주장했", "주장하", "지적했", "지적하", "비판했", "언급했", "답했", "반박했", "촉구했", "당부했", "호소했",
    "경고했", "말씀하", "적었", "썼다", "발표했", "했다", "했습니다", "했으며", "하며", "토로했", "역설했", "부연했",
    "전망했", "평가했", "내다봤", "물었", "되물었",
  ],
  /** Topic particles (`대통령은`), and subject particles read only after a title (`장관이`). */
  topicParticles: ["은", "는"],
  subjectParticles: ["이", "가"],
  /** Words that end in a topic particle but are no topic (`이날은`, `오늘은`), or particles before it (`에는`). */
  notTopics: ["이날은", "오늘은", "어제는", "현재는", "지금은", "앞서는", "이번에는", "당시는", "한편은", "이는", "그것은", "이것은"],
  notTopicEnds: ["에는", "에서는", "으로는", "로는", "에게는", "까지는", "부터는", "와는", "과는", "하는", "되는", "있는", "없는", "라는", "다는"],
  /** Source marker after the source (`국방부에 따르면`). */
  sourceAfter: ["에 따르면", "에 의하면"],
  pronouns: ["그녀", "그"],
  groupPronouns: ["그들"],
  /** Words that may stand between the topic and the rest of its phrase (`이날`, `또`): not part of a name. */
  adverbs: ["이날", "오늘", "어제", "또", "또한", "한편", "이어", "특히", "앞서", "최근", "지난", "당시", "다시", "이후"],
  /** Titles after a name (`윤 대통령`, `김 장관`, `김철수씨`); stripped from the name. */
  titles: [
    "대통령", "장관", "대변인", "의원", "대표", "총리", "위원장", "원내대표", "비서실장", "실장", "국장", "청장",
    "회장", "사장", "교수", "씨", "수석", "차관", "부총리", "시장", "지사", "총장", "감독", "선수", "대사", "주석",
    "국무장관", "외무장관", "사무총장", "의장", "당선인", "후보", "최고위원", "판사", "검사", "변호사", "기자",
    "총재", "부총재", "행장", "원장", "처장", "단장", "소장", "이사장", "본부장", "연구위원", "애널리스트",
  ],
  /** Countries between a name and its title (`바이든 미국 대통령`): no part of the name. */
  countries: ["미국", "중국", "일본", "러시아", "북한", "영국", "프랑스", "독일", "우크라이나", "이스라엘", "인도", "대만", "캐나다", "호주"],
  /** Words before a name that are no part of it (`전 대통령`: `전`). */
  titleModifiers: ["전", "현", "신임", "前", "초대"],
  /** Ends of institutions (`국방부`, `청와대`): nominal speakers. */
  institutions: ["들", "부", "청", "처", "당", "은행", "공사", "재단", "협회", "연구원", "연구소", "그룹", "전자", "정부", "청와대", "대통령실", "위원회", "군", "경찰", "검찰", "법원", "측", "관계자", "당국"],
} as const;
