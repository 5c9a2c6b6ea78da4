/*
 * The national news agencies of the world, as wire copy credits them: in a dateline
 * (`KUWAIT, Nov 30 (KUNA) --`), after the text (`-- WAM`, `(MAP)`) or in a slash dateline
 * (`Rabat /MAP/ -`). Drawn from Wikipedia's "List of news agencies"
 * (en.wikipedia.org/wiki/List_of_news_agencies) and the member lists of the regional agency
 * alliances (OANA, oananews.org; FANA, the Federation of Arab News Agencies; the African
 * Union's FAAPA), checked against each agency's own site. Agencies the main table already
 * knows (Xinhua, Kyodo, Jiji, Yonhap, CNA, PTI, IANS, ANI, Bernama, Antara, dpa, EFE, ANSA,
 * PNA, VNA, TASS, RIA Novosti, Sputnik, AAP, CP) are not repeated here.
 *
 * `exact` holds the short names an agency signs with that are also words, initialisms or
 * given names (`MAP`, `SPA`, `TAP`, `AIM`, `RSS`, `MENA`, `Petra`, `Trend`): they are matched
 * only as written, in the agency's own capitals, so `the map` or `a spa` names no outlet.
 * Initialisms two agencies share (APS: Algeria and Senegal; APA: Austria and Azerbaijan; NNA:
 * Lebanon's agency and Japan's NNA Asia) are left out: the credit says no country, and each agency is still found by its full name.
 */
import type { Publication } from './publications.js';

const agency = (
  name: string,
  aliases: string[],
  exact: string[],
  domains: string[],
  country: string,
  language?: string,
): Publication => ({
  name,
  aliases,
  ...(exact.length ? { exact } : {}),
  domains,
  country,
  ...(language ? { language } : {}),
});

export const NATIONAL_AGENCIES: readonly Publication[] = [
  // The Gulf and the Arab world (FANA members)
  agency('Kuwait News Agency', [], ['KUNA'], ['kuna.net.kw'], 'KW'),
  agency('Qatar News Agency', [], ['QNA'], ['qna.org.qa'], 'QA'),
  agency('Saudi Press Agency', [], ['SPA'], ['spa.gov.sa'], 'SA'),
  agency('Emirates News Agency', ['Emirates News Agency WAM'], ['WAM'], ['wam.ae'], 'AE'),
  agency('Bahrain News Agency', [], ['BNA'], ['bna.bh'], 'BH'),
  agency('Oman News Agency', [], ['ONA'], ['omannews.gov.om'], 'OM'),
  agency('Saba News Agency', ['Yemen News Agency'], ['SABA', 'Saba'], ['saba.ye'], 'YE'),
  agency('Syrian Arab News Agency', [], ['SANA'], ['sana.sy'], 'SY'),
  agency('Iraqi News Agency', [], ['INA'], ['ina.iq'], 'IQ'),
  agency('National Iraqi News Agency', [], ['NINA'], ['ninanews.com'], 'IQ'),
  agency('Jordan News Agency', [], ['Petra'], ['petra.gov.jo'], 'JO'),
  agency('National News Agency', ['National News Agency Lebanon'], [], ['nna-leb.gov.lb'], 'LB'),
  agency('Middle East News Agency', [], ['MENA'], ['mena.org.eg'], 'EG'),
  agency('Sudan News Agency', [], ['SUNA'], ['suna-sd.net'], 'SD'),
  agency('Libya News Agency', ['Libyan News Agency'], ['LANA'], ['lana.gov.ly'], 'LY'),
  agency('Tunis Afrique Presse', ['Tunis Afrique Presse agency'], ['TAP'], ['tap.info.tn'], 'TN'),
  agency('Algérie Presse Service', ['Algerie Presse Service', 'Algeria Press Service'], [], ['aps.dz'], 'DZ'),
  agency('Maghreb Arabe Presse', ['Maghreb Arab Press'], ['MAP'], ['mapexpress.ma', 'map.ma'], 'MA'),
  // Iran and Turkey
  agency('Islamic Republic News Agency', [], ['IRNA'], ['irna.ir'], 'IR'),
  agency('Mehr News Agency', ['Mehr News'], ['MNA'], ['mehrnews.com'], 'IR'),
  agency('Tasnim News Agency', ['Tasnim'], [], ['tasnimnews.com'], 'IR'),
  agency('Fars News Agency', [], [], ['farsnews.ir'], 'IR'),
  agency('Iranian Students News Agency', [], ['ISNA'], ['isna.ir'], 'IR'),
  agency('Anadolu Agency', ['Anadolu', 'Anadolu Ajansı', 'Anadolu Ajansi'], ['AA'], ['aa.com.tr'], 'TR'),
  // South and South-East Asia (OANA members)
  agency('Associated Press of Pakistan', [], ['APP'], ['app.com.pk'], 'PK'),
  agency('Bangladesh Sangbad Sangstha', [], ['BSS'], ['bssnews.net'], 'BD'),
  agency('United News of India', [], ['UNI'], ['uniindia.com'], 'IN', 'en'),
  agency('Rastriya Samachar Samiti', ['Rashtriya Samachar Samiti'], ['RSS'], ['rss.com.np'], 'NP'),
  agency('Lanka Puvath', ['Lankapuvath'], [], ['lankapuvath.lk'], 'LK'),
  agency('Lao News Agency', ['KPL News'], ['KPL'], ['kpl.gov.la'], 'LA'),
  agency('Agence Kampuchea Presse', [], ['AKP'], ['akp.gov.kh'], 'KH'),
  agency('Thai News Agency', [], ['TNA'], ['tna.mcot.net'], 'TH'),
  agency('Montsame', ['Montsame News Agency'], ['MONTSAME'], ['montsame.mn'], 'MN'),
  agency('Korean Central News Agency', [], ['KCNA'], ['kcna.kp'], 'KP'),
  // Central Asia and the Caucasus
  agency('Kazinform', ['Kazinform International News Agency'], [], ['inform.kz'], 'KZ'),
  agency('Kabar News Agency', [], ['KABAR', 'Kabar'], ['kabar.kg'], 'KG'),
  agency('Trend News Agency', [], ['Trend'], ['trend.az'], 'AZ'),
  agency('Azertac', ['AZERTAC', 'Azertag', 'Azerbaijan State News Agency'], [], ['azertag.az'], 'AZ'),
  agency('Armenpress', ['Armenpress News Agency'], [], ['armenpress.am'], 'AM'),
  // Europe
  agency('Lusa', ['Agência Lusa', 'Agencia Lusa', 'Lusa News Agency'], [], ['lusa.pt'], 'PT'),
  agency('Europa Press', [], [], ['europapress.es'], 'ES'),
  agency('Czech News Agency', ['ČTK', 'Česká tisková kancelář'], ['CTK'], ['ceskenoviny.cz'], 'CZ'),
  agency('Hungarian News Agency', ['Magyar Távirati Iroda'], ['MTI'], ['mti.hu'], 'HU'),
  agency('Polish Press Agency', ['Polska Agencja Prasowa'], ['PAP'], ['pap.pl'], 'PL'),
  agency('Bulgarian News Agency', [], ['BTA'], ['bta.bg'], 'BG'),
  agency('Agerpres', [], ['AGERPRES'], ['agerpres.ro'], 'RO'),
  agency('Tanjug', [], ['TANJUG'], ['tanjug.rs'], 'RS'),
  agency('Croatian News Agency', [], ['HINA', 'Hina'], ['hina.hr'], 'HR'),
  agency('Slovenian Press Agency', [], ['STA'], ['sta.si'], 'SI'),
  agency('Media Information Agency', [], ['MIA'], ['mia.mk'], 'MK'),
  agency('Albanian Telegraphic Agency', [], ['ATA'], ['ata.gov.al'], 'AL'),
  agency('Austria Presse Agentur', ['Austria Press Agency'], [], ['apa.at'], 'AT'),
  agency('Ukrinform', [], [], ['ukrinform.net', 'ukrinform.ua'], 'UA'),
  agency('BelTA', ['Belarusian Telegraph Agency'], [], ['belta.by'], 'BY'),
  agency('Interfax', [], [], ['interfax.ru', 'interfax.com'], 'RU'),
  agency('Algemeen Nederlands Persbureau', [], ['ANP'], ['anp.nl'], 'NL'),
  agency('Belga', [], [], ['belga.be'], 'BE'),
  agency('Norsk Telegrambyrå', [], ['NTB'], ['ntb.no'], 'NO'),
  agency('TT News Agency', ['Tidningarnas Telegrambyrå'], ['TT'], ['tt.se'], 'SE'),
  agency('Finnish News Agency', ['Suomen Tietotoimisto'], ['STT'], ['stt.fi'], 'FI'),
  agency('Ritzau', [], [], ['ritzau.dk'], 'DK'),
  agency('PA Media', ['Press Association'], [], ['pa.media'], 'GB'),
  // Africa (FAAPA members)
  agency('Ethiopian News Agency', [], ['ENA'], ['ena.et'], 'ET'),
  agency('Kenya News Agency', [], ['KNA'], ['kenyanews.go.ke'], 'KE'),
  agency('News Agency of Nigeria', [], ['NAN'], ['nannews.ng'], 'NG', 'en'),
  agency('Ghana News Agency', [], ['GNA'], ['gna.org.gh'], 'GH', 'en'),
  agency('Agence de Presse Sénégalaise', ['Agence de Presse Senegalaise'], [], ['aps.sn'], 'SN'),
  agency('New Ziana', ['Zimbabwe Inter-Africa News Agency'], ['ZIANA'], ['newziana.co.zw'], 'ZW'),
  agency('Namibia Press Agency', [], ['NAMPA'], ['nampa.org'], 'NA'),
  agency('Angola Press Agency', ['Agência Angola Press'], ['ANGOP'], ['angop.ao'], 'AO'),
  agency('Agência de Informação de Moçambique', ['Mozambique News Agency'], ['AIM'], ['aim.org.mz'], 'MZ'),
  // The Americas
  agency('Télam', ['Telam', 'Agencia Télam'], [], ['telam.com.ar'], 'AR'),
  agency('Agência Brasil', ['Agencia Brasil'], [], ['agenciabrasil.ebc.com.br'], 'BR', 'pt'),
  agency('Notimex', [], [], ['notimex.gob.mx'], 'MX', 'es'),
  agency('Prensa Latina', [], [], ['prensa-latina.cu', 'plenglish.com'], 'CU'),
  agency('Agencia Andina', [], ['Andina'], ['andina.pe'], 'PE', 'es'),
];
