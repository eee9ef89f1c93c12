/**
 * Calls to follow a site or a show on social networks: "Follow Newsbeat on Instagram and
 * YouTube", "Suivez-nous sur Facebook". A line that opens with a follow word and names a
 * network is a share widget, whatever the name between them. Lower-case, NFC.
 *
 * @module
 */

/** Words a follow call opens with. */
export const FOLLOW_WORDS: readonly string[] = [
  "follow", "connect with", "find us on", "join us on", "like us on",
  "suivez", "suivre", "retrouvez-nous sur", "folgen sie", "folge", "folgt", "sigue", "síguenos", "siga", "sigam", "segui", "seguici",
  "volg", "obserwuj", "śledź", "takip edin", "подписывайтесь", "следите", "підписуйтесь", "слідкуйте", "стежте", "关注",
  "تابعونا", "تابعنا", "تابعوا", "ikuti",
];

/** Social networks and messengers named in follow calls. */
export const SOCIAL_NETWORKS: readonly string[] = [
  "facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin", "pinterest", "snapchat", "threads", "bluesky", "mastodon",
  "telegram", "whatsapp", "vk", "вконтакте", "одноклассниках", "weibo", "微博", "微信", "wechat", "line", "reddit", "flipboard",
  "فيسبوك", "تويتر", "إنستغرام", "انستغرام", "يوتيوب", "تلغرام", "تيليغرام", "واتساب",
];

/** A follow call is at most this many words. */
export const FOLLOW_MAX_WORDS = 20;

/**
 * How an author's or a site's contact line says where to reach them: "Follow him on Twitter
 * @jane", "may be reached at jane@site.com", "let us know at tips@site.com". With a handle, an
 * address or a link in the line, it closes the text as a promo.
 */
export const CONTACT_PHRASES: readonly string[] = [
  "follow him on", "follow her on", "follow them on", "follow me on", "follow us on", "may be reached at", "can be reached at",
  "can be contacted at", "let us know at", "reach him at", "reach her at", "email him at", "email her at",
  "suivez-le sur", "suivez-la sur", "folgen sie ihm auf", "folgen sie ihr auf", "síguelo en", "síguela en", "siga-o no", "siga-a no",
];
