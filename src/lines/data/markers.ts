/**
 * Small character and word lists used by the line classifier.
 *
 * All word entries are lower-case and NFC. Multi-word entries (e.g. "il y a", "just now") are
 * meant to be matched as phrases on the normalized line, single words as tokens.
 *
 * @module
 */

/** Characters or short strings that open a list item, menu entry or teaser line. */
export const BULLETS: readonly string[] = [
  "•", "·", "‧", "∙", "●", "○", "◦", "▪", "▫", "■", "□", "◆", "◇", "♦", "★", "☆", "✓", "✔",
  "►", "▶", "▸", "▹", "‣", "⁃", "»", "›", "«", "‹", "→", "←", "↑", "↓", "⇒", "➔", "➜", "➤", "➢", "❯", "❮", "▼", "▲", "–", "—", "-", "*", "+", ">", "~",
];

/** Separators between items of a menu, breadcrumb or tag line ("Home | News | World"). */
export const SEPARATORS: readonly string[] = [
  "|", "¦", "/", "\\", "»", "›", "«", "‹", ">", ">>", "→", "•", "·", "::", "–", "—", "-", ",", ";", "、", "｜", "／", "・",
];

/** Characters that end a sentence (or a lead-in, for ":"), including closing quotes. */
export const SENTENCE_END: readonly string[] = [
  ".", "!", "?", "…", "。", "！", "？", "．", "؟", "۔", "।", "॥", "።", "፧", "։", ":", "：",
  "\"", "”", "»", "’", "'", "」", "』", "）", ")",
];

/**
 * Words of relative-time meta lines ("3 hours ago", "il y a 2 heures", "vor 5 Minuten",
 * "2 小时前"), keyed by ISO 639-1. Includes the units, their abbreviations and the word or
 * phrase for "ago"/"just now". CJK entries are suffixes written without a space.
 */
export const RELATIVE_TIME_UNITS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins", "m", "hour", "hours",
    "hr", "hrs", "h", "day", "days", "d", "week", "weeks", "wk", "wks", "w", "month", "months", "mo",
    "mos", "year", "years", "yr", "yrs", "y", "ago", "just now", "moments ago", "an hour ago",
    "a minute ago", "a day ago", "yesterday", "today", "updated", "published",
  ],
  fr: [
    "seconde", "secondes", "s", "minute", "minutes", "min", "mn", "heure", "heures", "h", "jour",
    "jours", "j", "semaine", "semaines", "mois", "an", "ans", "année", "années", "il y a",
    "à l'instant", "hier", "aujourd'hui", "mis à jour", "publié",
  ],
  de: [
    "sekunde", "sekunden", "sek", "minute", "minuten", "min", "stunde", "stunden", "std", "tag",
    "tagen", "tage", "woche", "wochen", "monat", "monaten", "jahr", "jahren", "vor", "gerade eben",
    "soeben", "gestern", "heute", "aktualisiert",
  ],
  es: [
    "segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "h", "día", "días", "semana",
    "semanas", "mes", "meses", "año", "años", "hace", "ahora mismo", "ayer", "hoy", "actualizado",
  ],
  pt: [
    "segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "h", "dia", "dias", "semana",
    "semanas", "mês", "meses", "ano", "anos", "há", "atrás", "agora mesmo", "ontem", "hoje",
    "atualizado",
  ],
  it: [
    "secondo", "secondi", "minuto", "minuti", "min", "ora", "ore", "giorno", "giorni", "settimana",
    "settimane", "mese", "mesi", "anno", "anni", "fa", "proprio ora", "ieri", "oggi", "aggiornato",
  ],
  nl: [
    "seconde", "seconden", "minuut", "minuten", "min", "uur", "uren", "dag", "dagen", "week", "weken",
    "maand", "maanden", "jaar", "geleden", "zojuist", "gisteren", "vandaag", "bijgewerkt",
  ],
  pl: [
    "sekunda", "sekundy", "sekund", "minuta", "minuty", "minut", "min", "godzina", "godziny", "godzin",
    "godz", "dzień", "dni", "tydzień", "tygodnie", "tygodni", "miesiąc", "miesiące", "miesięcy", "rok",
    "lata", "lat", "temu", "przed chwilą", "wczoraj", "dzisiaj", "dziś", "aktualizacja",
  ],
  tr: [
    "saniye", "dakika", "dk", "saat", "sa", "gün", "hafta", "ay", "yıl", "önce", "az önce", "dün",
    "bugün", "güncellendi", "güncelleme",
  ],
  ru: [
    "секунду", "секунды", "секунд", "сек", "минуту", "минуты", "минут", "мин", "час", "часа", "часов",
    "ч", "день", "дня", "дней", "неделю", "недели", "недель", "месяц", "месяца", "месяцев", "год",
    "года", "лет", "назад", "только что", "вчера", "сегодня", "обновлено",
  ],
  uk: [
    "секунду", "секунди", "секунд", "сек", "хвилину", "хвилини", "хвилин", "хв", "годину", "години",
    "годин", "год", "день", "дні", "днів", "тиждень", "тижні", "тижнів", "місяць", "місяці",
    "місяців", "рік", "роки", "років", "тому", "щойно", "вчора", "учора", "сьогодні", "оновлено",
  ],
  zh: [
    "秒前", "分钟前", "分鐘前", "小时前", "小時前", "天前", "周前", "週前", "个月前", "個月前", "月前",
    "年前", "刚刚", "剛剛", "昨天", "今天", "前天", "更新",
  ],
  ja: ["秒前", "分前", "時間前", "日前", "週間前", "か月前", "ヶ月前", "年前", "たった今", "昨日", "今日", "更新"],
  ko: ["초 전", "분 전", "시간 전", "일 전", "주 전", "개월 전", "년 전", "방금", "어제", "오늘", "전", "업데이트"],
  ar: [
    "ثانية", "ثوان", "دقيقة", "دقائق", "دقيقتين", "ساعة", "ساعات", "ساعتين", "يوم", "أيام", "يومين",
    "أسبوع", "أسابيع", "شهر", "أشهر", "سنة", "سنوات", "منذ", "قبل", "الآن", "أمس", "اليوم", "تحديث",
  ],
};

/** Words that follow (or precede) a number in share, comment and view counters ("12 comments"). */
export const COUNTER_WORDS: readonly string[] = [
  // en
  "comment", "comments", "share", "shares", "like", "likes", "view", "views", "reaction", "reactions",
  "reply", "replies", "retweet", "retweets", "reads", "read", "votes", "vote", "points", "recommend",
  "recommendations", "followers", "subscribers", "plays",
  // fr
  "commentaire", "commentaires", "partage", "partages", "vue", "vues", "réaction", "réactions",
  "j'aime", "lectures", "réponses",
  // de
  "kommentar", "kommentare", "kommentaren", "mal geteilt", "geteilt", "aufrufe", "reaktionen",
  "gefällt mir", "leser",
  // es / pt / it
  "comentario", "comentarios", "compartido", "compartidos", "me gusta", "vistas", "visitas",
  "reacciones", "lecturas", "comentário", "comentários", "compartilhamentos", "curtidas",
  "visualizações", "commento", "commenti", "condivisioni", "visualizzazioni", "mi piace", "letture",
  // nl / pl / tr
  "reactie", "reacties", "gedeeld", "keer gedeeld", "weergaven", "komentarz", "komentarze",
  "komentarzy", "udostępnień", "wyświetleń", "polubień", "yorum", "yorumlar", "paylaşım", "beğeni",
  "görüntülenme", "okunma",
  // ru / uk
  "комментарий", "комментария", "комментариев", "просмотр", "просмотра", "просмотров", "репост",
  "репоста", "репостов", "лайк", "лайков", "коментар", "коментарі", "коментарів", "перегляд",
  "перегляди", "переглядів", "поширень", "вподобань",
  // zh / ja / ko
  "评论", "評論", "条评论", "條評論", "阅读", "閱讀", "浏览", "瀏覽", "点赞", "點讚", "赞", "转发", "轉發",
  "分享", "次阅读", "人阅读", "コメント", "いいね", "シェア", "閲覧", "댓글", "공유", "좋아요", "조회",
  // ar
  "تعليق", "تعليقات", "مشاركة", "مشاركات", "مشاهدة", "مشاهدات", "إعجاب", "قراءة",
];

/**
 * Lower-case adult, gambling and pharma SEO-spam keywords (English and Chinese). Weak on their
 * own ("av", "casino" appear in real news): use only together with other signals.
 */
export const SPAM_KEYWORDS: readonly string[] = [
  // en: adult
  "porn", "porno", "pornhub", "xxx", "xvideos", "xnxx", "xhamster", "redtube", "youporn", "sex video",
  "sex videos", "free sex", "sex cam", "sexcam", "webcam girls", "live cams", "nude", "nudes",
  "naked girls", "milf", "hentai", "jav", "av", "uncensored", "escort", "escorts", "hookup",
  "hot girls", "adult dating", "onlyfans leak", "camgirl", "erotic",
  // en: gambling
  "casino", "online casino", "casinos", "slots", "slot", "slot online", "slot gacor", "betting",
  "sportsbook", "bet365", "poker online", "baccarat", "roulette", "jackpot", "free spins",
  "no deposit bonus", "togel", "judi", "judi online", "gacor", "maxwin",
  // en: pharma and scams
  "viagra", "cialis", "levitra", "kamagra", "tramadol", "xanax", "valium", "oxycodone", "phentermine",
  "buy cheap", "cheap pills", "no prescription", "without prescription", "online pharmacy",
  "weight loss pills", "male enhancement", "payday loan", "payday loans", "crypto giveaway",
  "replica watches", "fake id",
  // zh: adult
  "无码", "無碼", "有码", "有碼", "成人", "色情", "黄色", "黄片", "av女优", "av女優", "女优", "女優",
  "三级片", "三級片", "裸聊", "约炮", "約炮", "一夜情", "自拍偷拍", "偷拍", "人妻", "巨乳", "国产精品",
  "國產精品", "免费视频", "免費視頻", "在线观看", "在線觀看",
  "在线视频", "免费看", "高清无码", "福利视频", "直播间", "小姐上门",
  // zh: gambling
  "博彩", "赌场", "賭場", "赌博", "賭博", "彩票", "时时彩", "時時彩", "六合彩", "百家乐", "百家樂",
  "老虎机", "老虎機", "体育投注", "體育投注", "网上赌场", "棋牌", "娱乐城", "娛樂城", "开户送", "注册送",
  "真人视讯", "威尼斯人", "葡京", "太阳城", "菠菜",
  // zh: pharma and scams
  "伟哥", "偉哥", "春药", "春藥", "壮阳", "壯陽", "迷药", "代孕", "办证", "辦證", "代开发票",
];
