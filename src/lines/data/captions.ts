/**
 * Marks of a photo caption anywhere in a line: position words for the people shown and photo
 * credits. Phrase rules catch captions that open with "Photo:"; these catch the long ones that
 * describe a picture and end with a credit.
 */
export const CAPTION_MARKERS: readonly string[] = [
  ", left,", ", right,", ", center,", ", centre,", "(left)", "(right)", "(center)", "(centre)", "(pictured)", "pictured above", "pictured below",
  "credit:", "photo credit", "image credit", "photograph:", "(photo:", "(image:", "(picture:", "getty images", "file photo", "(ap photo",
  "afp photo", "afp via getty", "epa-efe", "(photo by", "photo by ", "(foto:", "foto:", "bild:", "(фото:", "фото:",
  // Credits inside a caption in other languages: "… la rentrée. Photo : X", "(foto Ansa)", "Fot. X / PAP", "Fotoğraf: X", "تصوير: X", "（摄影：X）".
  "photo :", "crédit photo", "(foto ", " fot. ", "(fot. ", "fotoğraf:", "fotoğraf :", "تصوير:", "تصوير :", "الصورة:", "摄影：", "攝影：", "（摄影", "（攝影", "图片来源：", "圖片來源：", "（图片来源", "（圖片來源",
  // Japanese credits after "＝" (agency photos) or opening the caption.
  "＝共同", "＝ロイター", "＝時事", "＝afp時事", "＝ap", "＝epa時事", "写真＝", "写真：", "撮影＝",
  // Korean, Greek and Vietnamese credits inside a caption.
  "사진=", "φωτογραφία:", ". ảnh:", "(ảnh:", "fotó:", "عکس:",
];

/**
 * Agency credits with the photographer after a slash (`REUTERS/Jane Roe`, `AP Photo/Jane Roe`):
 * a caption's when they close the line; earlier in a line the slash joins names in prose
 * (`the Reuters/Ipsos poll`).
 */
export const SLASH_CREDITS: readonly string[] = ["ap photo/", "reuters/", "afp/", "epa/"];
/** Words a closing credit may have after its slash (`Jane Roe/File Photo`). */
export const SLASH_CREDIT_WORDS = 4;

/** Captions are at most this long. */
export const CAPTION_MAX_LENGTH = 320;

/** Credit labels that close a caption of any length: "… the pods. Credit: ESA". Lower-case. */
export const CREDIT_LABELS: readonly string[] = [
  "credit", "credits", "photo credit", "image credit", "photo", "image", "crédit", "crédit photo", "bildnachweis", "foto", "crédito", "créditos", "фото",
];
/** The credited name after the label is at most this long. */
export const CREDIT_MAX = 60;
