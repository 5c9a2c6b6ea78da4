/*
 * A picture's note where a headline or text would stand, in forms `isPhotoCredit`'s patterns
 * do not hold: the stock note alone (`File photo`, `Representational image`: Indian, Pakistani
 * and African portals alike set it under a picture whose subject is not the story's own), and the
 * Chinese credit (`图/新华社` 'picture / Xinhua', `图片来源：视觉中国` 'picture source', `摄影：王
 * 刚` 'photographer', `（资料图）` 'file picture'), as Chinese and Taiwanese portals print it under
 * every picture. Either names the picture, never what happened.
 */

/**
 * `Photo: Huang Pei-chun`, `Photo courtesy of ...`, `Image by ...`, `Photo credit: AFP`, `Image
 * source: X`: a picture's label (`isPhotoCredit`'s first form; its credit or source word as
 * Indian and African portals print it).
 */
export const PHOTO_LABEL =
  /^(?:photo|photograph|image|picture)s?\s*(?:(?:credits?|source)\s*)?(?:[:：]|courtesy\b|by\b)/i;

export const STOCK_NOTE =
  /^[([]?(?:file|stock|representational|representative|illustrative|illustration|archive)\s+(?:photo|image|picture|pic)(?:graph)?s?\.?[)\]]?$/i;
export const CJK_PICTURE =
  /^[（(]?(?:(?:图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影|资料图|資料圖|資料照片?|资料照片)\s*[:：/／]\s*\S.{0,30}?|资料图|資料圖|資料照片?|资料照片)[)）]?$/;

/**
 * `Foto: Paulo Pinto/Agência Brasil`, `Fotó: Kiss Bence/444`, `Foto: TASR/Michal Svítok`, `Bild:
 * dpa`, `Kuva: Lehtikuva`: the picture's label in the languages of the European and Latin
 * American press (Brazilian blogs reprinting Agência Brasil, 444.hu, 24hod.sk, hasepost.de
 * alike), each language's word for "photo" before a colon, as `PHOTO_LABEL` reads the English
 * one, with a short credit after it (a name, initials, an agency: no sentence). It credits the picture, not
 * the story: no source, no paragraph. (`Imagen:`/`Imagem:`, which also head a gallery's item,
 * and the Slavic words are left out: with them a validation figure fell.)
 */
const FOREIGN_PHOTO_LABEL =
  /^(?:foto|fotó|fotograf[ií]a|bild|kép|kuva)\s*[:：]\s*[^\s.!?](?:[^.!?]|(?<=\p{Lu})\.){0,50}$/iu;
const FOREIGN_PHOTO_FIRST = new Set([...'FfBbKk'].map((c) => c.charCodeAt(0)));

/** Line `text` (opening with code `first`) is a stock picture's note or a Chinese picture credit. */
export function pictureNote(text: string, first: number): boolean {
  if (FOREIGN_PHOTO_FIRST.has(first) && FOREIGN_PHOTO_LABEL.test(text)) return true;
  if (text.length > 40) return false;
  const lower = first | 32;
  if (
    lower === 102 ||
    lower === 115 ||
    lower === 114 ||
    lower === 105 ||
    lower === 97 ||
    first === 40 ||
    first === 91
  )
    if (STOCK_NOTE.test(text)) return true;
  return (first === 0xff08 || first === 40 || (first >= 0x56fe && first <= 0x8d44)) && CJK_PICTURE.test(text);
}
