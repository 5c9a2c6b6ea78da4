/*
 * International agencies' names in Chinese, Japanese and Korean, by the canonical name in
 * publications.ts: bilingual news pages credit the translated copy so (`（新華社）`, `(法新社)`,
 * `(AP通信)`, `(ブルームバーグ)`, `(신화통신)`). They read as the agency's own name, as `路透社`
 * and `ロイター` already read as Reuters. (The names kept as written, `共同通信` and `연합뉴스`, are
 * in layout/home-names.ts.)
 */
export const HOME_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['Xinhua', ['新華社', '新華網', '신화통신', '신화사']],
  ['Agence France-Presse', ['法新社', 'AFP通信', 'AFP통신']],
  ['Associated Press', ['美联社', '美聯社', 'AP通信', 'AP통신']],
  ['Bloomberg', ['彭博社', 'ブルームバーグ', '블룸버그']],
  ['Kyodo News', ['共同通信社']],
  ['Yonhap', ['聯合ニュース']],
]);
