/**
 * Word lists of the line classifier's counter and spam rules. All entries are lower-case and
 * NFC.
 *
 * @module
 */

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

/**
 * Words of a pagination bar ("« Previous 1 2 3 Next »", "Page 2 of 5", "Older posts"): a short
 * line made only of these and page numbers is navigation.
 */
export const PAGINATION_WORDS: readonly string[] = [
  "page", "pages", "of", "next", "previous", "prev", "first", "last", "older", "newer", "posts", "entries", "more",
  "seite", "von", "weiter", "zurück", "nächste", "vorherige", "page", "suivant", "suivante", "précédent", "précédente", "sur",
  "página", "de", "siguiente", "anterior", "próxima", "próximo", "pagina", "di", "successiva", "precedente", "avanti", "indietro",
  "страница", "из", "далее", "назад", "следующая", "предыдущая", "сторінка", "наступна", "попередня",
  "strona", "następna", "poprzednia", "volgende", "vorige", "sonraki", "önceki", "sayfa",
];
