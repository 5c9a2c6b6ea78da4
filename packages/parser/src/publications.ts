/*
 * Outlets that briefings about China cite, with the spellings they are cited under and the
 * domains they publish on. `aggregator` marks portals and platforms that mostly host other
 * outlets' articles (a Guancha piece read on toutiao.com): a link there is not the outlet's.
 */
import { NATIONAL_AGENCIES } from './agencies.js';
import { HOME_ALIASES } from './home-aliases.js';

export { LINK_SHORTENERS, shortenerName } from './link-shorteners.js';

export interface Publication {
  /** Canonical name. */
  name: string;
  /** Other spellings, abbreviations and native names. */
  aliases: string[];
  /** Short names that are words too (`MAP`, `SPA`, `Petra`): matched only as written, capitals and all. */
  exact?: string[];
  /** Home domains; subdomains count (`paper.people.com.cn` is `people.com.cn`). */
  domains: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** BCP 47, when the outlet publishes mainly in one language. */
  language?: string;
  aggregator?: boolean;
}

const p = (
  name: string,
  aliases: string[],
  domains: string[],
  country: string,
  language?: string,
  aggregator?: boolean,
): Publication => ({
  name,
  aliases: [...aliases, ...(HOME_ALIASES.get(name) ?? [])],
  domains,
  country,
  ...(language ? { language } : {}),
  ...(aggregator ? { aggregator } : {}),
});

/*
 * Initialisms that are also words or common letter pairs in running text, in any case but their
 * own (`Ap` a Welsh patronymic, `cp` and `dw` common abbreviations, `Ani` a given name): matched
 * only as the agency writes them, in capitals, as `exact` does in the national agencies' table
 * (agencies.ts). (`FT` stays matched in any case: reading it in capitals only cost validation
 * citations, session 15, for a reason not looked at.)
 */
const withExact = (pub: Publication, exact: string[]): Publication => ({ ...pub, exact });

export const PUBLICATIONS: readonly Publication[] = [
  // Mainland China: state and party media
  p(
    'Xinhua',
    ['Xinhua News Agency', 'Xinhuanet', 'Xinhua Net', '新华社', '新华网'],
    ['news.cn', 'xinhuanet.com', 'xinhua.org'],
    'CN',
    'zh',
  ),
  p(
    "People's Daily",
    ['People Daily', "People's Daily Online", 'Renmin Ribao', 'People.cn', '人民日报', '人民网'],
    ['people.com.cn', 'people.cn', 'peopledaily.com.cn'],
    'CN',
    'zh',
  ),
  p(
    'Global Times',
    ['Huanqiu Shibao', 'Huanqiu', 'Huanqiu.com', '环球时报', '环球网'],
    ['globaltimes.cn', 'huanqiu.com'],
    'CN',
  ),
  p('China Daily', ['中国日报'], ['chinadaily.com.cn'], 'CN', 'en'),
  p(
    'CCTV',
    ['China Central Television', 'CCTV News', '央视', '央视新闻'],
    ['cctv.com', 'cctv.cn', 'cntv.cn'],
    'CN',
    'zh',
  ),
  p('CGTN', ['China Global Television Network'], ['cgtn.com'], 'CN', 'en'),
  p(
    'China News Service',
    ['Chinanews', 'China News', '中新社', '中国新闻网'],
    ['chinanews.com.cn', 'chinanews.com'],
    'CN',
    'zh',
  ),
  p('China National Radio', ['CNR', '中央人民广播电台'], ['cnr.cn'], 'CN', 'zh'),
  p('Qiushi', ['Qiushi Journal', '求是'], ['qstheory.cn'], 'CN', 'zh'),
  p(
    'PLA Daily',
    ['Jiefangjun Bao', "People's Liberation Army Daily", '解放军报'],
    ['81.cn', 'chinamil.com.cn'],
    'CN',
    'zh',
  ),
  p('Economic Daily', ['Jingji Ribao', '经济日报'], ['ce.cn'], 'CN', 'zh'),
  p('Guangming Daily', ['Guangming Ribao', '光明日报'], ['gmw.cn'], 'CN', 'zh'),
  p('Beijing Daily', ['北京日报'], ['bjd.com.cn'], 'CN', 'zh'),
  p('Science and Technology Daily', ['Keji Ribao', '科技日报'], ['stdaily.com'], 'CN', 'zh'),
  // Mainland China: commercial and regional media
  p('Caixin', ['Caixin Global', 'Caixin Weekly', '财新', '财新网'], ['caixin.com', 'caixinglobal.com'], 'CN'),
  p('The Paper', ['Pengpai', 'Thepaper.cn', '澎湃新闻'], ['thepaper.cn'], 'CN', 'zh'),
  p('Sixth Tone', [], ['sixthtone.com'], 'CN', 'en'),
  p(
    'Guancha',
    ['Guancha.cn', 'Guancha Syndicate', 'Observer Network', '观察者网'],
    ['guancha.cn'],
    'CN',
    'zh',
  ),
  p('The Beijing News', ['Beijing News', 'Xinjingbao', '新京报'], ['bjnews.com.cn'], 'CN', 'zh'),
  p('Southern Weekly', ['Southern Weekend', 'Nanfang Zhoumo', '南方周末'], ['infzm.com'], 'CN', 'zh'),
  p('Southern Metropolis Daily', ['Nandu', '南方都市报'], ['oeeee.com', 'nandu.com'], 'CN', 'zh'),
  p(
    'Yicai',
    ['China Business News', 'First Financial', 'Yicai Global', '第一财经'],
    ['yicai.com', 'yicaiglobal.com'],
    'CN',
  ),
  p('21st Century Business Herald', ['21 Jingji', '21世纪经济报道'], ['21jingji.com'], 'CN', 'zh'),
  p('Jiemian', ['Jiemian News', '界面新闻'], ['jiemian.com'], 'CN', 'zh'),
  p('Securities Times', ['证券时报'], ['stcn.com'], 'CN', 'zh'),
  p('China Securities Journal', ['中国证券报'], ['cs.com.cn'], 'CN', 'zh'),
  p(
    'Phoenix',
    ['Phoenix TV', 'Phoenix New Media', 'ifeng', 'ifeng.com', '凤凰网'],
    ['ifeng.com'],
    'HK',
    'zh',
  ),
  // Portals, platforms and aggregators
  p(
    'Sina',
    ['Sina News', 'Sina.com', 'Sina Finance', '新浪', '新浪网'],
    ['sina.com.cn', 'sina.cn', 'sina.com'],
    'CN',
    'zh',
    true,
  ),
  p('Weibo', ['Sina Weibo', '微博'], ['weibo.com', 'weibo.cn'], 'CN', 'zh', true),
  p('Sohu', ['Sohu News', 'Sohu.com', '搜狐'], ['sohu.com'], 'CN', 'zh', true),
  p('NetEase', ['Netease', 'NetEase News', '163.com', '网易'], ['163.com', '126.net'], 'CN', 'zh', true),
  p('Tencent', ['Tencent News', 'QQ News', 'QQ.com', '腾讯新闻', '腾讯网'], ['qq.com'], 'CN', 'zh', true),
  p('WeChat', ['Weixin', '微信'], ['mp.weixin.qq.com', 'weixin.qq.com'], 'CN', 'zh', true),
  p(
    'Toutiao',
    ['Jinri Toutiao', 'Toutiao.com', '今日头条'],
    ['toutiao.com', 'toutiaocdn.com'],
    'CN',
    'zh',
    true,
  ),
  p('Baidu', ['Baijiahao', '百度'], ['baidu.com'], 'CN', 'zh', true),
  p('Yahoo News', ['Yahoo', 'Yahoo Finance'], ['yahoo.com'], 'US', undefined, true),
  p('MSN', ['MSN News'], ['msn.com'], 'US', undefined, true),
  p('Google News', [], ['news.google.com'], 'US', undefined, true),
  // Hong Kong and Macau
  p(
    'South China Morning Post',
    ['SCMP', 'South China Morning Post (Hong Kong)', '南華早報'],
    ['scmp.com'],
    'HK',
    'en',
  ),
  p('Ming Pao', ['Ming Pao Daily News', '明報', '明报'], ['mingpao.com'], 'HK', 'zh-Hant'),
  // The government's press releases, as wire mirrors credit them.
  p(
    'Hong Kong Government',
    [
      'HKSAR Government',
      'Hong Kong SAR Government',
      'Hong Kong Government special administrative region',
      'Information Services Department',
      '香港特區政府',
    ],
    ['info.gov.hk', 'news.gov.hk'],
    'HK',
    'en',
  ),
  p('HK01', ['香港01'], ['hk01.com'], 'HK', 'zh-Hant'),
  p('Sing Tao Daily', ['Sing Tao', '星島日報'], ['singtao.com', 'stheadline.com'], 'HK', 'zh-Hant'),
  p(
    'Oriental Daily News',
    ['Oriental Daily', 'on.cc', '東方日報'],
    ['on.cc', 'orientaldaily.on.cc'],
    'HK',
    'zh-Hant',
  ),
  p('Hong Kong Free Press', ['HKFP'], ['hongkongfp.com'], 'HK', 'en'),
  p('The Standard', ['The Standard (Hong Kong)'], ['thestandard.com.hk'], 'HK', 'en'),
  p('Apple Daily', ['蘋果日報'], ['appledaily.com', 'hk.appledaily.com'], 'HK', 'zh-Hant'),
  // Taiwan
  p(
    'Central News Agency',
    ['CNA', 'Central News Agency (Taiwan)', '中央社', '中央通訊社'],
    ['cna.com.tw'],
    'TW',
    'zh-Hant',
  ),
  p('Focus Taiwan', ['Focus Taiwan (CNA English News)'], ['focustaiwan.tw'], 'TW', 'en'),
  p('Taipei Times', [], ['taipeitimes.com'], 'TW', 'en'),
  p('Liberty Times', ['Liberty Times Net', 'LTN', '自由時報'], ['ltn.com.tw'], 'TW', 'zh-Hant'),
  p('United Daily News', ['UDN', 'udn.com', '聯合報'], ['udn.com'], 'TW', 'zh-Hant'),
  p('China Times', ['中國時報'], ['chinatimes.com'], 'TW', 'zh-Hant'),
  p('Taiwan News', [], ['taiwannews.com.tw'], 'TW', 'en'),
  p('Radio Taiwan International', ['RTI', 'Rti'], ['rti.org.tw'], 'TW'),
  p('Storm Media', ['The Storm Media', '風傳媒'], ['storm.mg'], 'TW', 'zh-Hant'),
  p('The Reporter', ['The Reporter (Taiwan)', '報導者'], ['twreporter.org'], 'TW', 'zh-Hant'),
  // Overseas Chinese-language and China-focused media
  p(
    'Lianhe Zaobao',
    ['Zaobao', 'Lianhe Zaobao (Singapore)', '联合早报', '聯合早報'],
    ['zaobao.com.sg', 'zaobao.com'],
    'SG',
    'zh',
  ),
  p('The Straits Times', ['Straits Times'], ['straitstimes.com'], 'SG', 'en'),
  p('Channel NewsAsia', ['CNA (Singapore)', 'CNA Singapore'], ['channelnewsasia.com'], 'SG', 'en'),
  p(
    'Epoch Times',
    ['The Epoch Times', 'Da Ji Yuan', '大紀元', '大纪元'],
    ['epochtimes.com', 'theepochtimes.com'],
    'US',
  ),
  p(
    'NTD',
    ['NTD Television', 'NTDTV', 'New Tang Dynasty Television', '新唐人'],
    ['ntd.com', 'ntdtv.com'],
    'US',
  ),
  p('Radio Free Asia', ['RFA', '自由亚洲电台'], ['rfa.org'], 'US'),
  p(
    'Voice of America',
    ['VOA', 'VOA News', 'VOA Chinese', '美国之音'],
    ['voanews.com', 'voachinese.com', 'voacantonese.com'],
    'US',
  ),
  p('Duowei News', ['Duowei', 'DW News (Duowei)', '多维新闻'], ['dwnews.com'], 'US', 'zh'),
  p('China Digital Times', ['中国数字时代'], ['chinadigitaltimes.net'], 'US'),
  // International
  p('Radio France International', ['RFI', 'Radio France Internationale', '法广'], ['rfi.fr', 'rfi.my'], 'FR'),
  p('Agence France-Presse', ['AFP', 'Agence France Presse'], ['afp.com'], 'FR'),
  p('BBC', ['BBC News', 'BBC Chinese', 'British Broadcasting Corporation'], ['bbc.com', 'bbc.co.uk'], 'GB'),
  p('Reuters', ['Thomson Reuters', '路透社', '路透', 'ロイター', '로이터'], ['reuters.com'], 'GB', 'en'),
  p('Financial Times', ['FT', 'FT Chinese', '金融时报'], ['ft.com', 'ftchinese.com'], 'GB'),
  p('The Economist', ['Economist'], ['economist.com'], 'GB', 'en'),
  p('The Guardian', ['Guardian'], ['theguardian.com', 'guardian.co.uk'], 'GB', 'en'),
  withExact(p('Deutsche Welle', ['DW News'], ['dw.com'], 'DE'), ['DW']),
  withExact(
    p('Associated Press', ['AP News', 'The Associated Press'], ['apnews.com', 'ap.org'], 'US', 'en'),
    ['AP'],
  ),
  p('Bloomberg', ['Bloomberg News', 'Bloomberg Businessweek'], ['bloomberg.com'], 'US', 'en'),
  p('The Wall Street Journal', ['Wall Street Journal', 'WSJ'], ['wsj.com'], 'US'),
  p('The New York Times', ['New York Times', 'NYT', 'NYTimes', 'NY Times'], ['nytimes.com'], 'US'),
  p('The Washington Post', ['Washington Post'], ['washingtonpost.com'], 'US', 'en'),
  p('CNN', ['Cable News Network'], ['cnn.com'], 'US', 'en'),
  p('Chicago Tribune', [], ['chicagotribune.com'], 'US', 'en'),
  p('Politico', [], ['politico.com', 'politico.eu'], 'US', 'en'),
  p('Axios', [], ['axios.com'], 'US', 'en'),
  p('The Diplomat', ['Diplomat'], ['thediplomat.com'], 'US', 'en'),
  p('Foreign Policy', [], ['foreignpolicy.com'], 'US', 'en'),
  p('Radio Free Europe/Radio Liberty', ['RFE/RL', 'Radio Free Europe'], ['rferl.org'], 'CZ'),
  p('NHK', ['NHK World', 'Japan Broadcasting Corporation'], ['nhk.or.jp'], 'JP'),
  p('Kyodo News', ['Kyodo', '共同', '共同社', '교도통신'], ['kyodonews.net', 'kyodonews.jp'], 'JP'),
  p('Nikkei', ['Nikkei Asia', 'Nikkei Asian Review', 'Nihon Keizai Shimbun'], ['nikkei.com'], 'JP'),
  p('The Asahi Shimbun', ['Asahi Shimbun', 'Asahi'], ['asahi.com'], 'JP', 'ja'),
  p('The Yomiuri Shimbun', ['Yomiuri Shimbun', 'Yomiuri'], ['yomiuri.co.jp'], 'JP', 'ja'),
  p('The Japan Times', ['Japan Times'], ['japantimes.co.jp'], 'JP', 'en'),
  // English dailies study blogs credit by name alone after the text (dev 577, 332).
  p('Japan Today', [], ['japantoday.com'], 'JP', 'en'),
  p('The Korea Times', ['Korea Times'], ['koreatimes.co.kr'], 'KR', 'en'),
  p('Yonhap', ['Yonhap News Agency', '韩联社', '韓聯社'], ['yna.co.kr', 'yonhapnews.co.kr'], 'KR'),
  p('The Chosun Ilbo', ['Chosun Ilbo'], ['chosun.com'], 'KR'),
  p('TASS', [], ['tass.com', 'tass.ru'], 'RU'),
  p('Sputnik', ['Sputnik News'], ['sputniknews.com', 'sputniknews.cn'], 'RU'),
  // National news agencies whose credits ("(PTI)", "(Bernama)", "— dpa") end or open wire copy.
  p('Press Trust of India', ['PTI'], ['ptinews.com'], 'IN', 'en'),
  p('Indo-Asian News Service', ['IANS'], ['ians.in'], 'IN', 'en'),
  withExact(p('Asian News International', [], ['aninews.in'], 'IN', 'en'), ['ANI']),
  p('Bernama', ['Malaysian National News Agency'], ['bernama.com'], 'MY'),
  p('Antara', ['Antara News', 'Antara News Agency'], ['antaranews.com'], 'ID'),
  // "dpa international": the name dpa's English-language service credits its copy with.
  p('Deutsche Presse-Agentur', ['dpa', 'dpa international'], ['dpa.com'], 'DE'),
  p('EFE', ['Agencia EFE'], ['efe.com'], 'ES'),
  p('ANSA', [], ['ansa.it'], 'IT'),
  p('Jiji Press', ['Jiji', '時事通信', '時事通信社', '时事社'], ['jiji.com'], 'JP'),
  p('RIA Novosti', [], ['ria.ru'], 'RU'),
  p('Philippine News Agency', ['PNA'], ['pna.gov.ph'], 'PH', 'en'),
  p('Vietnam News Agency', ['VNA'], ['vnanet.vn'], 'VN'),
  // India's national English dailies and broadcaster, as aggregators and wire mirrors credit them.
  p('The Times of India', ['Times of India'], ['timesofindia.indiatimes.com'], 'IN', 'en'),
  p('Hindustan Times', [], ['hindustantimes.com'], 'IN', 'en'),
  p('The Hindu', [], ['thehindu.com'], 'IN', 'en'),
  p('The Indian Express', ['Indian Express'], ['indianexpress.com'], 'IN', 'en'),
  p('The Economic Times', ['Economic Times'], ['economictimes.indiatimes.com'], 'IN', 'en'),
  p('NDTV', ['New Delhi Television'], ['ndtv.com'], 'IN', 'en'),
  // The national wires of the other dollar countries: their bare `$` is their own dollar.
  withExact(p('The Canadian Press', ['Canadian Press'], ['thecanadianpress.com'], 'CA', 'en'), ['CP']),
  p('Australian Associated Press', ['AAP'], ['aap.com.au'], 'AU', 'en'),
  p('Radio New Zealand', ['RNZ'], ['rnz.co.nz'], 'NZ', 'en'),
  // Papers of the dollar countries on generic domains (no country domain says their `$`).
  p(
    'The Australian Financial Review',
    ['Australian Financial Review', 'Financial Review', 'AFR'],
    ['afr.com'],
    'AU',
    'en',
  ),
  p('The Globe and Mail', ['Globe and Mail'], ['theglobeandmail.com'], 'CA', 'en'),
  p('National Post', [], ['nationalpost.com'], 'CA', 'en'),
  p('Toronto Star', [], ['thestar.com'], 'CA', 'en'),
  // Papers on generic domains of the countries whose press writes its currency's sign in plain
  // letters (`B986bn`, `W50,000`, `P2.5 billion`, `N5 billion`, `R20 billion`): the credit or
  // the address names the country, which makes the letters money (money/local-prefixes.ts).
  p('Bangkok Post', [], ['bangkokpost.com'], 'TH', 'en'),
  p('The Nation Thailand', ['Nation Thailand'], ['nationthailand.com'], 'TH', 'en'),
  p('The Korea Herald', ['Korea Herald'], ['koreaherald.com'], 'KR', 'en'),
  p('Korea JoongAng Daily', ['JoongAng Daily'], ['koreajoongangdaily.joins.com'], 'KR', 'en'),
  p('The Philippine Star', ['Philippine Star', 'Philstar'], ['philstar.com'], 'PH', 'en'),
  p('Philippine Daily Inquirer', ['Inquirer'], ['inquirer.net'], 'PH', 'en'),
  p('BusinessWorld', [], ['bworldonline.com'], 'PH', 'en'),
  p('Punch', ['The Punch', 'Punch Newspapers'], ['punchng.com'], 'NG', 'en'),
  p('Vanguard', ['Vanguard Nigeria'], ['vanguardngr.com'], 'NG', 'en'),
  p('News24', [], ['news24.com'], 'ZA', 'en'),
  ...NATIONAL_AGENCIES,
];

/** The key names are compared on: case, apostrophes, punctuation and a leading "The" do not count. */
export function publicationKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const byKey = new Map<string, Publication>();
const byDomain = new Map<string, Publication>();
const byExactName = new Map<string, Publication>();
for (const pub of PUBLICATIONS) {
  for (const name of pub.exact ?? []) byExactName.set(name, pub);
  for (const name of [pub.name, ...pub.aliases]) {
    const key = publicationKey(name);
    if (!byKey.has(key)) byKey.set(key, pub);
  }
  for (const domain of pub.domains) byDomain.set(domain, pub);
}

/*
 * Names as written to their outlet (null: none). A page cites a few dozen outlets over and
 * over, and normalizing a name (NFKC, Unicode regexes) costs more than the lookup itself.
 * Cleared when full, so an archive of odd names cannot make it grow without bound.
 */
const lookups = new Map<string, Publication | null>();
const MAX_LOOKUPS = 4096;

/** The outlet cited under this name (`People’s Daily`, `People Daily`, `SCMP`...), or undefined. */
export function lookupPublication(name: string): Publication | undefined {
  const known = lookups.get(name);
  if (known !== undefined) return known ?? undefined;
  const pub = byExactName.get(name.trim()) ?? byKey.get(publicationKey(name));
  if (lookups.size >= MAX_LOOKUPS) lookups.clear();
  lookups.set(name, pub ?? null);
  return pub;
}

/** `host.replace(/\.$/, '')` by a look at the end: these run for every citation. */
export const withoutFinalDot = (host: string) => (host.endsWith('.') ? host.slice(0, -1) : host);

/** The outlet publishing on this host (the longest matching domain wins: mp.weixin.qq.com is WeChat). */
export function publicationForHost(host: string): Publication | undefined {
  let h = withoutFinalDot(host.toLowerCase());
  for (;;) {
    const hit = byDomain.get(h);
    if (hit) return hit;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** Does `host` belong to one of the publication's domains? */
export function hostBelongsTo(host: string, pub: Publication): boolean {
  const h = withoutFinalDot(host.toLowerCase());
  return pub.domains.some((d) => h === d || h.endsWith(`.${d}`));
}
