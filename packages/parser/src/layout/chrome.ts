import { FOOTER_LINKS, LANGUAGE_SWITCH, READING_ROW, siteRow } from './site-rows.js';

/*
 * Page furniture known by its words: navigation, pagination, copyright, "Read more" links,
 * advertising slots, rules drawn with punctuation; and the listing header ("Briefings - 2. page").
 */

// Every run is bounded (a name of 1-200 characters, spaces in runs of at most 8), so a line of
// a million spaces costs at most a few thousand steps, never the name length times the line.
export const HEADER =
  /^(.{1,200}?)\s{1,8}[-–—|]\s{1,8}(?:(\d{1,6})\.\s{0,8}page|page\s{1,8}(\d{1,6}))\s{0,8}$/i;

// A menu bar: four or more short names set apart by bullets, dots or bars, no digit among
// them (`Home • News • Sport • Business`), as site headers print their sections.
const MENU_BAR = /^(?:[\p{L}&'’ ]{1,25}\s[•·|]\s){3,}[\p{L}&'’ ]{1,25}$/u;
// A rule drawn with punctuation (`——`, `* * *`, `___`): no letter or digit in it, whatever its
// length (a full-width rule, or an exercise's blank to fill in, `- ______________`, runs long).
const RULE = /^[^\p{L}\p{N}]{1,120}$/u;

/** A rule drawn with punctuation alone on its line (`-----`, `* * *`, `___`): no letter or digit. */
export function isRuleLine(text: string): boolean {
  return RULE.test(text);
}

// Labels of the blocks a news page sets after or beside its listing (`Most read`, `Trending
// now`, `Related stories`, `You may also like`): boilerpipe's and Readability's "related" and
// "popular" furniture, a list of other stories' bare headlines, not an item.
// The same label in the wordings of portals across languages (`See also`, `Read also`, `More
// stories`, `相关新闻` / `相關新聞` 'related news', `延伸阅读` 'further reading', `関連記事`
// 'related articles', `관련기사`, Vietnamese `Tin liên quan`, Malay/Indonesian `Baca juga`
// 'read also', Portuguese `Leia também`, Spanish `Lea también`, French `Lire aussi`, German
// `Lesen Sie auch`, Arabic `اقرأ أيضا`): every portal's related-links block, whatever its language.
// Exported for `readBetweenItems`, which sets the block's bare headlines under it aside too.
export const RELATED_LABEL =
  /^\W{0,3}\s{0,3}(?:most (?:read|popular|viewed|shared|commented|emailed)(?: (?:stories|articles|news|this week|today))?|trending(?: now| stories| news| today)?|popular (?:now|stories|posts|articles|today)|related (?:stories|articles|posts|news|content|links|coverage)|you (?:may|might) also (?:like|enjoy)|recommended (?:for you|stories|articles|reading)|editor'?s'? picks|don'?t miss|see also|read also|also read|related|further reading|read next|up next|相关(?:新闻|阅读|文章|报道|链接)|相關(?:新聞|閱讀|文章|報導|連結)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|関連(?:記事|ニュース)|관련\s?(?:기사|뉴스)|tin liên quan|bài liên quan|tin cùng chuyên mục|baca juga|lihat juga|berita terkait|artikel terkait|leia também|veja também|lea también|ver también|noticias relacionadas|voir aussi|(?:à )?lire aussi|lesen sie auch|mehr zum thema|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة)\s{0,3}[:：]?\W{0,3}$/i;

/** A "back to the home page" link (see `CHROME`); asked apart, where `mayEndBackHome` says it can match. */
export const BACK_HOME = /^.{0,60}\b(?:back|return) to (?:the )?home(?: ?page)?\s*[»›→]?$/i;

/**
 * The line may end as `BACK_HOME` needs: on `home` or `page` (an `e`, case aside) before an
 * arrow, or on a character the test does not tell (a space, anything past ASCII). Its open run
 * `.{0,60}` backtracks from each length: about four fifths of the joined patterns' cost on a
 * headline, which this one compare at the line's end spares. test/speed-guards.test.ts holds
 * it to the pattern.
 */
export function mayEndBackHome(text: string): boolean {
  let end = text.length - 1;
  const arrow = text.charCodeAt(end);
  if (arrow === 0xbb || arrow === 0x203a || arrow === 0x2192) end--;
  const c = text.charCodeAt(end);
  return c === 101 || c === 69 || !(c > 32 && c < 127);
}

// This round's furniture patterns (see their comments in `CHROME`), each asked apart, only where
// its first characters or its words let it match: one more alternative in the joined pattern is
// tried at every position of every line.
const PAGER_NEXT =
  /^(?:(?:«|‹|←)\s*)?(?:prev(?:ious)?\s+)?\d{1,4}(?:\s+(?:\d{1,4}|…|\.\.\.))+\s+(?:next|last)(?:\s+page)?\s*(?:»|›|→)?$/i;
// A pager of page numbers alone (`[1] « 12 | 13 | 14 » [20]`, `« 1 2 3 … 10 »`, `1 | 2 | 3`): the
// numbered links a listing's template prints under its last item, set apart by bars, guillemets,
// arrows or brackets (WordPress's `paginate_links`, phpBB's and PHP portals' `[1] … [20]` first
// and last page links alike): three page numbers or more and the marks between them, no word.
const PAGER_NUMBERS =
  /^(?:[«‹←]\s*)?[[(<]?\d{1,4}[\])>]?(?:(?:(?:\s*(?:[|«‹»›←→·•…]|\.\.\.)\s*){1,2}|\s+)[[(<]?\d{1,4}[\])>]?){2,12}(?:\s*[»›→])?$/;
const COMMENT_ROW =
  /^(?:\d{1,6}\s+comments?|comments?\s*\(?\d{1,6}\)?)(?:\s+\d{1,6})*(?:\s+(?:embed|share|reply|likes?|views?)(?:\s+\d{1,6})*)*(?:\s+[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}(?:\s+at\s+\d{1,2}:\d{2}\s?[ap]\.?m\.?)?)?$/i;
const THEME_CREDIT =
  /^(?:(?:wordpress |blogger )?theme\b.{0,30}\bby\s+\S.{0,40}|(?:proudly )?powered by (?:wordpress|blogger|ghost|drupal|joomla|wix|squarespace)\b.{0,30}|(?:(?:site|web) )?(?:design(?:ed)?|developed)(?: (?:and|&) (?:developed|hosted))? by [\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|info|biz)\b.{0,20})$/i;
const SHARE_ROW =
  /^(?:(?:share[sd]?|tweet|e-?mail|mail|print|copy|link|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|messenger|line|flipboard|this|article|story|post|page|on|via)(?:[\s|·•,:/]+|$)){2,20}$(?<=\b(?:share|tweet)\b.*)/i;
// A media player's controls as text extraction leaves them: the elapsed time over the length
// (`00:00 / 03:12`, maybe after its Play button), and the buttons' labels alone on their line
// (`Watch video`, `Listen to this article`, `在线观看下载观看` 'watch online, download and watch',
// `線上收聽`): video and podcast players of news sites and broadcasters' pages alike, a control
// and no headline (a headline names what happened; these name what the reader may do).
const PLAYER_TIME = /^(?:(?:play|pause|▶|►|⏵)\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/i;
const PLAYER_BUTTONS =
  /^(?:(?:(?:在线|在線|線上|线上|点击|點擊|立即)?(?:观看|觀看|收听|收聽|播放|下载|下載)(?:视频|視頻|影片|音频|音頻|节目|節目)?)\s*){1,4}$|^(?:watch|listen|play|download)(?: (?:now|(?:the )?(?:video|audio|clip|podcast|episode)|mp3|to (?:this|the) (?:article|story|podcast|episode|report)))?$/iu;
// A breadcrumb trail from the home page (`Home > News > Business`, `首页 > 新闻 > 国际`): the
// site's navigation over a story or a section, as news and blog templates alike print it.
const BREADCRUMB =
  /^(?:home|首页|首頁|主页|主頁|홈)\s*[>›»/]\s*[^>›»\n]{1,40}(?:\s*[>›»/]\s*[^>›»\n]{1,40}){0,6}$/iu;
// A template's filing row (`Tags: trade, tariffs`, `Tagged with: ...`, `Filed under: Markets`,
// `Posted in Business, World`, `标签：经济`): WordPress's default meta rows and news CMSs' tag
// lists, words about where the story is filed, not a story. (`Category: News` alone is not
// here: an agency-lead page sets it as its items' label, dev 499.)
const FILING_ROW =
  /^(?:tags?|tagged(?: with| as)?|filed (?:under|in)|posted in|标签|標籤|关键词|關鍵字|關鍵詞|태그)\s*[:：]?\s+\S.{0,150}$|^(?:标签|標籤|关键词|關鍵字|關鍵詞|태그)\s*[:：].{1,150}$/iu;
// The site speaking of itself to the reader, as the cookie notice does: a prompt to visit its
// website (`For more information on property news and prices, please visit our website at`: a
// property blog's post footer, dev 696; `Please visit our website for the full story`), and the
// sign-up widget's line (`Enter your email address to subscribe to this blog and receive
// notifications of new posts by email.`: WordPress's Jetpack subscription widget, dev 691, and
// newsletter boxes alike). A story names whose website it speaks of; these say `our`, `your`.
const SELF_PROMPT =
  /^(?:for (?:more|further|the latest)\b.{0,80}?[,.]?\s+)?(?:please )?(?:visit|see|go to|check out|head (?:over )?to) our (?:web ?site|home ?page|site|blog)\b.{0,60}$|^enter your e-?mail(?: address)?\b.{0,120}$/i;
// A share row as Chinese, Japanese and Korean portals print it (`分享到：`, `分享到微信`, `微信
// 微博 QQ空间`, `シェア ツイート`, `공유하기`): every word a share button's label or a platform's
// name; a share word, or two platforms of its script (`微信 微博`), tell it from a headline.
const CJK_SHARE =
  /^(?=.*(?:分享|转发|轉發|シェア|공유|微信.*微博|微博.*微信|朋友圈))(?:(?:分享(?:到|至|给|給)?|转发|轉發|收藏|微信|微博|朋友圈|QQ空间|QQ空間|QQ好友|QQ|豆瓣|LINE|Facebook|Twitter|X|打印|列印|复制链接|複製連結|シェア|ツイート|공유하기|공유|카카오톡|페이스북|트위터)\s*[:：]?\s*){1,12}$/i;
// The editor's stamp under a story (`责任编辑：王小明`, `[編輯：林家豪]`, `(Web editor: Wu
// Chengliang, Liang Jun)`): Chinese portals (Sina, Sohu, Xinhua) and People's Daily's English
// site sign each story so; who edited it, not a story. A bare `Editor: X` is left to the credit
// block it closes (`Pewarta: ... / Editor: ... / Copyright © ANTARA`, dev 382).
const EDITOR_STAMP =
  /^(?:[[【(（]\s*)?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|web editors?)\s*[:：]\s*[^\s:：].{0,40}?[\]】)）]?$/i;

// An app store's badge as text extraction leaves it (`Get it on Google Play`, `Download on the
// App Store`, `Available on the App Store`, `Explore it on AppGallery`): the badges every
// portal with an app sets in its footer or beside its items, the store's words and a store.
const APP_BADGE =
  /^(?:get it on|download (?:it )?(?:on|from)|available (?:on|in)(?: the)?|explore it on)\s+(?:google play|(?:the )?app store|(?:huawei )?app ?gallery)$/i;
// An author box's label (`About the author`, `Author bio`, `About the writer:`): the box news
// and blog templates alike set under a story, over the writer's bio, a label and not a story.
export const AUTHOR_BOX =
  /^(?:about the (?:author|writer|reporter|columnist|contributor)s?|authors?(?:'s|’s)? (?:bio|biography|profile))\s*:?$/i;
// A link button's label closed by an arrow (`A1 Chinese news practice →`, `See all stories →`,
// `Continue reading →`): web templates of every kind mark a call to action so, the arrow saying
// "go there"; a headline does not point (a language app's news hub, dev 744). Short, one clause.
const ARROW_LINK = /^[^.!?→]{2,60}\s→$/u;
const APART = new Set<RegExp>([
  APP_BADGE,
  ARROW_LINK,
  AUTHOR_BOX,
  FOOTER_LINKS,
  LANGUAGE_SWITCH,
  READING_ROW,
  CJK_SHARE,
  EDITOR_STAMP,
  SELF_PROMPT,
  PLAYER_TIME,
  PLAYER_BUTTONS,
  BREADCRUMB,
  FILING_ROW,
  MENU_BAR,
  RULE,
  BACK_HOME,
  RELATED_LABEL,
  PAGER_NEXT,
  PAGER_NUMBERS,
  COMMENT_ROW,
  THEME_CREDIT,
  SHARE_ROW,
]);

/** Exported for the guard tests (test/speed-guards.test.ts); `isChromeLine` is the rule. */
export const CHROME = [
  /^skip (?:to|navigation)(?: (?:main )?content)?$/i,
  /^(?:menu|search|home|log ?in|sign ?in|sign ?up|subscribe|share|print|e-?mail|close|back to top|load more|show more|read more)$/i,
  // Pager links, one or both on a line ("« Previous", "‹ Prev | Next ›", "Older posts Newer posts").
  /^(?:(?:«|‹|<|←)?\s*(?:prev(?:ious)?|next|older|newer)(?: (?:page|posts|entries|briefings|articles|stories))?\s*(?:»|›|>|→)?\s*[|·•]?\s*){1,2}$/i,
  // A "back to the home page" link, alone or after the section name it leaves
  // ("Business China back to homepage", "← Back to Home"): breadcrumb navigation, as blog and
  // news templates alike print over a section.
  BACK_HOME,
  MENU_BAR,
  ARROW_LINK,
  /^page \d+ of \d+$/i,
  // A pager's numbers with its "Next" or "Last" link (`1 2 3 Next`, `« Prev 1 2 … 9 Next »`), as
  // blog and news archive templates alike end a listing's page: two page numbers or more.
  PAGER_NEXT,
  // A pager of page numbers alone, with bars, guillemets or brackets between them (see its comment).
  PAGER_NUMBERS,
  // A comment counter, maybe with the other buttons of its row and the post's time (`12
  // comments`, `Comments (3)`, `Comment 0 0 Embed March 28, 2025 at 9:54 am`): the card footer
  // of comment-enabled blogs and news templates; a count is what tells it from a headline.
  COMMENT_ROW,
  // The comment prompts of blog templates under a post (`No comments:` and `Post a Comment` in
  // Blogger's default template, `Leave a Reply` / `Leave a comment` in WordPress themes): what
  // the platform prints, not any story's words.
  /^(?:no comments?:?|post a comment|leave a (?:comment|reply))$/i,
  RELATED_LABEL,
  /^(?:«\s*)?\d{1,4}(?:\s+(?:\d{1,4}|…|\.\.\.))+(?:\s*»)?$/,
  /^(?:©|\(c\)|copyright\b)/i,
  // The template's credit in the footer (`Theme Developed BY ThemesBazar.Com`, `Proudly powered
  // by WordPress`, `Site designed by studio.com`), as WordPress and Blogger themes print it beside
  // the copyright line: a theme, a publishing system or a web address names whose work it is.
  THEME_CREDIT,
  /^all rights reserved\.?$/i,
  // "Read more" links in their common wordings, bracketed or not ([FULL STORY], Continue reading »).
  // An e-paper's link names the print page it leads to ("Read Full Story (Page 1)"); a bare
  // "More" is a link only with its arrow ("More »").
  /^\[?\s*(?:full\s+story|read\s+(?:the\s+)?(?:full\s+)?(?:story|article|more)|continue\s+reading|click\s+here\s+to\s+read(?:\s+more)?)\s*(?:…|\.{3}|»|›|→|\((?:page|p\.)\s?\d{1,3}\))?\s*\]?$/i,
  /^more\s?[»›]$/i,
  // Advertising slots and their captions, as ad-supported news pages print them.
  // `Advertisement - Scroll to continue`, `ADVERTISEMENT - CONTINUE READING BELOW`: the slot's caption.
  /^(?:advertisement|advertising|sponsored(?:\s+content)?)(?:\s*\d{1,2})?(?:\s*[-–—:|]\s*(?:scroll (?:down )?to continue(?: reading)?|continue reading(?: below)?|story continues below))?$/i,
  /^story continues below(?:\s+advertisement)?$/i,
  // A row of sharing buttons as text extraction leaves it (`Share this article: Share Tweet Share
  // Email`, `Share on Facebook Share on Twitter Email`, `Facebook | X | LinkedIn | Share`): every
  // word a button's label, one of them a share, as news and blog templates alike print under or
  // above a story (Readability's "share" class names, seen here as their text).
  SHARE_ROW,
  // Calls to action of newsletters and apps ("Subscribe to The Week", "Sign up for our newsletters").
  /^(?:subscribe|sign[ -]?up|register|download (?:the|our) app|follow us)\b.{0,60}$/i,
  // A newsletter's sign-off and its feedback and sharing prompts (Morning Brew, Axios and
  // Substack letters alike): "That's a wrap!", "How did you like today's newsletter?", "Enjoying
  // the read?", "Know someone who'd love this?", "Forward this email to a friend".
  /^\W{0,4}\s*(?:that'?s a wrap|thanks? (?:you )?for reading|how (?:did you like|was) (?:today'?s|this) (?:newsletter|issue|edition|email|brief(?:ing)?)|enjoying (?:the|this) (?:read|newsletter)|know someone who(?:'|’)?d (?:love|like|enjoy) this|forward(?:ed)? this (?:email|newsletter)|got feedback)\b.{0,60}$/iu,
  // Placeholders of pages that fill their items in with JavaScript ("Loading…", "載入中…",
  // "正在載入…"): what a static copy of any such page holds where the items would be.
  /^(?:loading\b.{0,30}|(?:正在)?(?:載入|加载|讀取|读取).{0,20})(?:…|\.{3})$/iu,
  /^loading$/i,
  // A link's address slug standing as text (`police-in-jharkhand-recover-huge-cache Play`): the
  // path of a card's link or video, maybe with its button's label, leaked by text extraction.
  // Words joined by hyphens with no space between are no prose.
  /^[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\s+(?:play|watch|video|listen))?$/i,
  // A media player's controls, a breadcrumb trail, a template's filing row (see their comments).
  PLAYER_TIME,
  PLAYER_BUTTONS,
  BREADCRUMB,
  FILING_ROW,
  SELF_PROMPT,
  // A CJK portal's share row and its editor's stamp (see their comments).
  CJK_SHARE,
  EDITOR_STAMP,
  // An app store's badge and an author box's label (see their comments).
  APP_BADGE,
  AUTHOR_BOX,
  // The site's footer links, language switcher and contents or reading-time rows (site-rows.ts).
  FOOTER_LINKS,
  LANGUAGE_SWITCH,
  READING_ROW,
  RULE,
];

/**
 * `CHROME` as one alternation per set of flags: a line is furniture when one of the patterns
 * matches somewhere, which is exactly when their alternation does (no pattern refers to a group
 * by number), and one regex run per line costs far less than one per pattern.
 */
const CHROME_JOINED = joinByFlags(CHROME.filter((re) => !APART.has(re)));

function joinByFlags(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    if (/\\[1-9k]/.test(re.source)) throw new Error(`chrome pattern with a back-reference: ${re}`);
    byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}

/**
 * The footer a WordPress feed sets under each post (`The post ... appeared first on Outlet.`),
 * copied by every site that republishes such feeds: the template's words, not a paragraph.
 */
export const FEED_FOOTER = /^the post .{1,300} appeared first on .{1,100}$/i;

/**
 * A cookie notice (`This website uses cookies to ensure you get the best experience.`, `We use
 * cookies ... By continuing to browse you agree to our use of cookies.`): the consent banner
 * every site in the EU's reach prints, left in the text by extraction; the site speaks of
 * itself, where a story about cookies names who uses them.
 */
export const COOKIE_NOTICE =
  /^(?:(?:this|our) (?:web ?)?site|we)\s+(?:uses?|is using|are using)\s+cookies\b.{0,400}$|^by (?:continuing|using)\b.{0,200}\b(?:use of|accept(?:ing)?(?: all)?) cookies\b.{0,200}$/i;

/**
 * `Miss Grand PKK Loses Title/Hawksbill turtle hatchlings on Koh Talu/Top food and beverage
 * trends/...`: a post's contents, its headlines run together with slashes and no sentence among
 * them, as blogs print a roundup's headlines under its title (dev 691). Prose parts words with a
 * slash now and then (`and/or`, `km/h`), never five capitalised phrases in a row with no full
 * stop: a list of headlines, not a paragraph. Asked of long lines only, on a slash count first.
 */
export function slashedContents(text: string): boolean {
  let slashes = 0;
  for (let k = text.indexOf('/'); k >= 0 && slashes < 5; k = text.indexOf('/', k + 1)) {
    // Each part after a slash opens a headline: a capital or a digit, with no space before it.
    const c = text.charCodeAt(k + 1);
    if (text.charCodeAt(k - 1) === 32 || !((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
    slashes++;
  }
  return slashes >= 5 && !/[.!?。]\s/.test(text) && !text.includes('://');
}

/**
 * `COOKIE_NOTICE`'s openings, `this`, `our`, `we` or `by` in any case (the `i` flag folds only
 * ASCII onto ASCII), by their character codes: a paragraph opening `The ...` is spared the
 * search for `ookies` through all of it.
 */
export function mayOpenCookieNotice(text: string): boolean {
  const a = text.charCodeAt(0) | 32;
  const b = text.charCodeAt(1) | 32;
  if (a === 119) return b === 101;
  if (a === 98) return b === 121;
  if (a === 111) return b === 117 && (text.charCodeAt(2) | 32) === 114;
  return a === 116 && b === 104 && (text.charCodeAt(2) | 32) === 105 && (text.charCodeAt(3) | 32) === 115;
}

/** A CJK share row or an editor's stamp (see `CJK_SHARE`, `EDITOR_STAMP`), asked on a first character. */
function portalStamp(text: string, c: number): boolean {
  const lower = c | 32;
  if (
    (c >= 0x3000 || lower === 113 || lower === 108 || lower === 102 || lower === 116 || lower === 120) &&
    CJK_SHARE.test(text)
  )
    return true;
  return (
    (lower === 119 ||
      c === 0x8d23 ||
      c === 0x8cac ||
      c === 0x7f16 ||
      c === 0x7de8 ||
      c === 91 ||
      c === 0x3010 ||
      c === 40 ||
      c === 0xff08) &&
    EDITOR_STAMP.test(text)
  );
}

export function isChromeLine(text: string): boolean {
  if ((text.charCodeAt(0) | 32) === 116 && text.startsWith('post ', 4) && FEED_FOOTER.test(text)) return true;
  // The opening word first (by codes), then the search for `ookies` (over a whole paragraph).
  if (mayOpenCookieNotice(text) && text.includes('ookies') && COOKIE_NOTICE.test(text)) return true;
  if (text.length > 120) return false;
  for (const re of CHROME_JOINED) if (re.test(text)) return true;
  if (mayEndBackHome(text) && BACK_HOME.test(text)) return true;
  if (text.charCodeAt(text.length - 1) === 0x2192 && ARROW_LINK.test(text)) return true;
  // The two Unicode patterns, the dearest of all (most of the cost on a headline), are asked
  // apart, each only where it can match: a menu bar has its separators, and a rule cannot open
  // with an ASCII letter or digit (both are \p{L} or \p{N}).
  if ((text.includes('•') || text.includes('·') || text.includes('|')) && MENU_BAR.test(text)) return true;
  const c = text.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  const lower = c | 32;
  // Each opens with a digit, a guillemet or arrow, or one of the letters its words start with.
  if ((digit || lower === 112 || c === 0xab || c === 0x2039 || c === 0x2190) && PAGER_NEXT.test(text))
    return true;
  // A pager of numbers only, with a mark between them: opens with a digit, a bracket, a guillemet or an arrow.
  if (
    (digit || c === 91 || c === 40 || c === 60 || c === 0xab || c === 0x2039 || c === 0x2190) &&
    PAGER_NUMBERS.test(text)
  )
    return true;
  if ((digit || lower === 99) && COMMENT_ROW.test(text)) return true;
  if (text.length <= 40 && RELATED_LABEL.test(text)) return true;
  if ('wbtpsd'.includes(String.fromCharCode(lower)) && THEME_CREDIT.test(text)) return true;
  // A player's controls, a breadcrumb, a filing row: each asked where its first character lets it match.
  if ((digit || lower === 112 || c === 0x25b6 || c === 0x25ba || c === 0x23f5) && PLAYER_TIME.test(text))
    return true;
  if (
    text.length <= 40 &&
    (lower === 119 || lower === 108 || lower === 112 || lower === 100 || c >= 0x4e00) &&
    PLAYER_BUTTONS.test(text)
  )
    return true;
  if ((lower === 104 || c >= 0x4e00 || c === 0xd648) && BREADCRUMB.test(text)) return true;
  if (
    (lower === 116 || lower === 102 || lower === 112 || c >= 0x4e00 || c === 0xd0dc) &&
    FILING_ROW.test(text)
  )
    return true;
  if (
    'fpvsgche'.includes(String.fromCharCode(lower)) &&
    (text.includes('our ') || text.includes('mail')) &&
    SELF_PROMPT.test(text)
  )
    return true;
  if (portalStamp(text, c) || siteRow(text, c)) return true;
  if (text.length <= 40 && (lower === 103 || lower === 100 || lower === 97 || lower === 101)) {
    if (APP_BADGE.test(text) || AUTHOR_BOX.test(text)) return true;
  }
  // Anchored on button words, it fails at the first other word; its share is asked last.
  if (SHARE_ROW.test(text)) return true;
  const alnum = digit || (lower >= 97 && lower <= 122);
  return !alnum && RULE.test(text);
}
