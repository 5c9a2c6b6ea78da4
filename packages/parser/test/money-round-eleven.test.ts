// Money forms read in round eleven, each on a small page in the layout of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/index.js';
import { money } from './money-helpers.js';

describe('scale abbreviations: "tr" glued to the figure, "lakh cr"', () => {
  it('reads "PKR 1.05tr" and "Rs1.05tr" as trillions on a Pakistani weekly column', () => {
    const page = [
      'PSDP spending revised to PKR 1.05tr',
      'The government has revised development spending to Rs1.05tr for the year, the planning ministry said.',
      'Government raises PKR 1.62 trillion via T-bills',
      'The finance ministry raised Rs1.62 trillion through treasury bills on Wednesday.',
    ].join('\n');
    expect(money(page, 'https://www.example.com.pk/2025/07/14/in-focus')).toEqual([
      [
        ['PKR 1.05tr', 'PKR', 1.05e12, 1.05e12],
        ['Rs1.05tr', 'PKR', 1.05e12, 1.05e12],
      ],
      [
        ['PKR 1.62 trillion', 'PKR', 1.62e12, 1.62e12],
        ['Rs1.62 trillion', 'PKR', 1.62e12, 1.62e12],
      ],
    ]);
  });

  it('reads "Sh1Tr" as a trillion shillings on a Kenyan section page', () => {
    const page = [
      'Government',
      '',
      'French firms to invest Sh1Tr in 12 projects in Kenya',
      '',
      'NAIROBI, Kenya, Mar 3 – French companies will put money into roads and energy, the ministry said.',
    ].join('\n');
    expect(money(page, 'https://www.example.co.ke/business/section/government/')).toEqual([
      [['Sh1Tr', 'KES', 1e12, 1e12]],
    ]);
  });

  it('does not read a spaced "tr" as a scale', () => {
    const page = 'Engine test passes\n\nThe engine ran at 33 tr/min and the part cost Rs 2 tr for the firm.';
    expect(money(page, 'https://www.example.com.pk/news')).toEqual([[['Rs 2', 'PKR', 2, 2]]]);
  });

  it('reads "₹1 lakh cr" in a headline as 10^12 rupees, as "₹1 lakh crore" in its summary', () => {
    const page = [
      'Amphan: 80 dead in Bengal, ‘state suffered damage worth ₹1 lakh cr’',
      '',
      'Bengal CM Mamata Banerjee said her state suffered damages worth ₹1 lakh crore. Read More',
    ].join('\n');
    expect(money(page, 'https://www.example.com/politics-today')).toEqual([
      [
        ['₹1 lakh cr', 'INR', 1e12, 1e12],
        ['₹1 lakh crore', 'INR', 1e12, 1e12],
      ],
    ]);
  });
});

describe('a fraction of a scale word: "half a trillion", "a quarter of a million"', () => {
  it('reads the fraction with its scale on a business digest', () => {
    const page = [
      'Business briefs from the Chinese media',
      '',
      'China’s largest banks make profits of half a trillion yuan: the four largest banks made a combined net profit of 580 billion yuan in the first half.',
      '',
      'Museum raises funds: the museum raised a quarter of a million dollars from visitors this year.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/business-briefs').flat()).toEqual([
      ['half a trillion yuan', 'CNY', 5e11, 5e11],
      ['580 billion yuan', 'CNY', 5.8e11, 5.8e11],
      ['a quarter of a million dollars', 'USD', 2.5e5, 2.5e5],
    ]);
  });
});

describe('a figure the page cut: its scale may be what was cut', () => {
  it('drops a figure followed by an ellipsis, keeps one whose scale is written', () => {
    const page = [
      'Governor Advocates for Western Recovery Funds',
      '',
      'Today the Governor traveled to Washington to meet members of Congress about the request for $13.5...',
      '',
      'Island launches ambitious water project',
      '',
      'The project is being funded by a US $6.1…',
      '',
      'Port upgrade approved',
      '',
      'The council approved a $2 million... upgrade of the port, officials said.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/press-releases')).toEqual([
      [],
      [],
      [['$2 million', 'USD', 2e6, 2e6]],
    ]);
  });

  it('drops a figure whose scale word the excerpt cut at its end', () => {
    const page = [
      'Viva Energy opens Karratha lubricants facility',
      '',
      'Viva Energy has opened a $25 millio',
    ].join('\n');
    expect(money(page, 'https://www.example.com/News-Australia.html')).toEqual([[]]);
  });
});

describe('the New Taiwan dollar written with 臺', () => {
  it('reads 新臺幣 and 臺幣 as TWD on a bilingual Taiwan radio page', () => {
    const page = [
      'NDC Announced NT$608 billion Infrastructure Plan',
      '',
      '國家發展委員會宣布新臺幣6,080億元的基礎設施計畫。',
      '',
      'Farmers get relief',
      '',
      '農委會將發放臺幣500萬元的補助。',
    ].join('\n');
    expect(money(page, 'https://www.example.com.tw/News/Detail.aspx?ID=3097').flat()).toEqual([
      ['NT$608 billion', 'TWD', 6.08e11, 6.08e11],
      ['新臺幣6,080億元', 'TWD', 6.08e11, 6.08e11],
      ['臺幣500萬元', 'TWD', 5e6, 5e6],
    ]);
  });
});

describe('the CFA franc: FCFA, F CFA, francs CFA, CFA francs', () => {
  it('reads it as the West African franc where no CFA-zone country says otherwise', () => {
    const page = [
      'Sénégal : Mondial Qatar : Un budget de 8milliards de Fcfa pour les Lions',
      '',
      'Le ministre a annoncé un budget autour de 8 milliards Fcfa pour la participation au Mondial. (Le Soleil)',
    ].join('\n');
    const r = parsePage(page, { url: 'https://fr.example.com/stories/202209060271.html' });
    expect(r.items.flatMap((i) => i.money.map((m) => [m.text, m.amount.currency, m.amount.min]))).toEqual([
      ['8milliards de Fcfa', 'XOF', 8e9],
      ['8 milliards Fcfa', 'XOF', 8e9],
    ]);
    expect(r.items[0]!.money[0]!.amount.resolved?.candidates).toEqual(['XOF', 'XAF']);
  });

  it("reads it as the Central African franc on a Cameroonian page, and a wire's CFA francs too", () => {
    const page = [
      'Le gouvernement lance un emprunt obligataire',
      '',
      "L'État veut lever 200 milliards de francs CFA sur le marché régional.",
      '',
      'Cameroon raises bond',
      '',
      'The government raised 150 billion CFA francs on the regional market, the ministry said.',
    ].join('\n');
    expect(money(page, 'https://www.example.cm/economie/').flat()).toEqual([
      ['200 milliards de francs CFA', 'XAF', 2e11, 2e11],
      ['150 billion CFA francs', 'XAF', 1.5e11, 1.5e11],
    ]);
  });
});

describe('a page that names one country and no other: its letter signs are money', () => {
  const page = [
    'Court battle reveals Merali’s Sh75m bailout of Eveready',
    '',
    'Billionaire Naushad Merali pumped Sh75 million into Eveready East Africa to help the battery maker clear its debt. ...',
    '',
    'Banks bad loan charge set to surge by 50pc in new regime',
    '',
    'Kenyan banks face a fresh shock under a new set of global accounting rules. ...',
  ].join('\n');

  it('reads Sh as the Kenyan shilling on a home page that names Kenya once', () => {
    const r = parsePage(page, { url: 'https://www.example.com/' });
    expect(r.items.flatMap((i) => i.money.map((m) => [m.text, m.amount.currency, m.amount.min]))).toEqual([
      ['Sh75m', 'KES', 75e6],
      ['Sh75 million', 'KES', 75e6],
    ]);
  });

  it('reads nothing where the page names another country too', () => {
    const other = `${page}\n\nCurfew lifted\n\nUganda lifted its curfew on Monday, the president said. ...`;
    expect(money(other, 'https://www.example.com/').flat()).toEqual([]);
  });
});

describe('a bare $ on a page that names one dollar country and no other', () => {
  it('reads it as the Hong Kong dollar on a business-news listing that names Hong Kong', () => {
    const page = [
      'Latest Business News',
      '',
      'HK to gain more strategic enterprises  26-2-2025',
      '',
      'While unveiling his Budget speech today, the Financial Secretary said Hong Kong would attract more firms...',
      '',
      '$1b set aside for AI R&D institute  26-2-2025',
      '',
      'In his Budget Speech this morning, the Financial Secretary outlined a new institute...',
    ].join('\n');
    const r = parsePage(page, { url: 'https://www.example.com/biznews_details.php?news_data=1' });
    const m = r.items.flatMap((i) => i.money);
    expect(m.map((x) => [x.text, x.amount.currency])).toEqual([['$1b', 'HKD']]);
    expect(m[0]!.amount.resolved?.reason).toBe(
      'the page names Hong Kong and no other country: its bare $ is HKD',
    );
  });

  it('reads it as the Australian dollar on a council-news search page that says Australian once', () => {
    const page = [
      'Lake Mac Council outlines $80 million spending plan',
      'The council will spend $80 million on roads and parks, the mayor said.',
      '',
      'Newcastle conduct complaints double',
      'Complaints about councillors cost $56k last year, the Australian council watchdog said.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/?page=1&search=council').flat()).toEqual([
      ['$80 million', 'AUD', 8e7, 8e7],
      ['$80 million', 'AUD', 8e7, 8e7],
      ['$56k', 'AUD', 56e3, 56e3],
    ]);
  });

  it('keeps the US dollar where the page names another country too', () => {
    const page = [
      'Ottawa and Washington talk tariffs',
      'Canada will discuss $5 billion in tariffs with the U.S. next week.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/news').flat()).toEqual([['$5 billion', 'USD', 5e9, 5e9]]);
  });
});
