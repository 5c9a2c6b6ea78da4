// Money forms read in round sixteen (session 13's new outlets), each on a small page in the layout
// of the outlets that write it.
import { describe, expect, it } from 'vitest';
import { parseChecked } from './layout-helpers.js';
import { money } from './money-helpers.js';

describe("a currency's minor unit by its press name (pesewas, paisa/paisas/paise)", () => {
  it('reads "60 pesewas" on a Ghanaian business listing as GHS 0.60', () => {
    const page = [
      'Business',
      '',
      'Bread prices to go up by 50 pesewas from Monday',
      'Bakers in Accra say a loaf will cost 50 pesewas more as flour prices climb for a third month...[Read More]',
      '',
      'Transport fares rise',
      'Drivers will charge 80 pesewas more on short routes, the union said on Friday...[Read More]',
    ].join('\n');
    expect(money(page, 'https://www.example.com.gh/category/business/')).toEqual([
      [
        ['50 pesewas', 'GHS', 0.5, 0.5],
        ['50 pesewas', 'GHS', 0.5, 0.5],
      ],
      [['80 pesewas', 'GHS', 0.8, 0.8]],
    ]);
  });

  it('reads "35-paisa" and "35 paisas" on a Pakistani page as PKR 0.35, "20 paise" on an Indian one as INR', () => {
    const pk = [
      'Home / Business',
      '',
      'Consumers to get 35-paisa relief in power tariff',
      'ISLAMABAD: The regulator cut the tariff by 35 paisas for Pakistan’s consumers on account of fuel adjustment…',
      'Read More »',
    ].join('\n');
    expect(money(pk, 'https://www.example.com.pk/category/business/')).toEqual([
      [
        ['35-paisa', 'PKR', 0.35, 0.35],
        ['35 paisas', 'PKR', 0.35, 0.35],
      ],
    ]);
    const india = [
      'Markets',
      '',
      'Petrol price raised',
      'NEW DELHI: Petrol will cost 20 paise more in Delhi from Tuesday, India’s oil marketers said.',
    ].join('\n');
    expect(money(india, 'https://www.example.in/markets/')).toEqual([[['20 paise', 'INR', 0.2, 0.2]]]);
  });
});

describe('a bare $ in an item credited to a US or London outlet on a page of a dollar country', () => {
  it('reads "$11.4 Billion ... (Bloomberg)" on a .ca link digest as USD, an uncredited item as CAD', () => {
    const page = [
      'Wednesday morning articles',
      '',
      '  • How Big Bets Fueled a $4.2 Billion Fortune: A look inside a hedge fund and its founder’s returns. (Bloomberg)',
      '  • Stocks Slide as Investors Weigh Rate Path: Markets fell for a third day as bond yields climbed. (Wall Street Journal)',
      '  • Our office news: The firm donated $5,000 to the local food bank this winter.',
    ].join('\n');
    expect(money(page, 'https://www.example.ca/news')).toEqual([
      [['$4.2 Billion', 'USD', 4.2e9, 4.2e9]],
      [],
      [['$5,000', 'CAD', 5000, 5000]],
    ]);
  });
});

describe('a Korean range of one currency (에서/부터 and the wave dash)', () => {
  it('reads "100원에서 200원가량" and "1천원~2천원" as ranges, "1천원에서 1천200원으로" as two amounts', () => {
    const page = [
      '1. 햄버거 값 평균 2% 인상',
      '회사는 다음 주부터 일부 제품 가격이 약 100원에서 200원가량 오른다고 밝혔습니다.',
      '',
      '2. 라면 값도 올라',
      '라면 한 봉지 값은 1천원에서 1천200원으로 올랐고 묶음 제품은 1천원~2천원 비싸졌다고 합니다.',
    ].join('\n');
    expect(money(page, 'https://www.example.kr/news/')).toEqual([
      [['100원에서 200원', 'KRW', 100, 200]],
      [
        ['1천원', 'KRW', 1000, 1000],
        ['1천200원', 'KRW', 1200, 1200],
        ['1천원~2천원', 'KRW', 1000, 2000],
      ],
    ]);
  });

  it('reads "100~200원" and "5억~10억 달러" (the currency after the upper bound) as ranges, "3~4조원" as its upper bound', () => {
    const page = [
      '1. 커피 값 줄줄이 인상',
      '업계는 한 잔에 100~200원 오른다고 밝혔고 회사는 5억~10억 달러 투자를 검토한다고 합니다.',
      '',
      '2. 추경 규모 3~4조원 거론',
      '정부는 3~4조원 규모의 추경을 검토하고 있다고 밝혔습니다.',
    ].join('\n');
    expect(money(page, 'https://www.example.kr/news/')).toEqual([
      [
        ['100~200원', 'KRW', 100, 200],
        ['5억~10억 달러', 'USD', 5e8, 1e9],
      ],
      [
        ['4조원', 'KRW', 4e12, 4e12],
        ['4조원', 'KRW', 4e12, 4e12],
      ],
    ]);
  });
});

describe('a figure quoted against another currency is an exchange rate, not money', () => {
  it('drops "RM4.09 and RM4.11 against the US dollar" and "10 cents versus the greenback", keeps the amounts beside them', () => {
    const page = [
      'Ringgit seen trading cautiously next week',
      'KUALA LUMPUR, March 4 (Bernama) -- The ringgit is likely to hover between RM4.09 and RM4.11 against the US dollar next week, after the government raised RM5 billion in bonds.',
      '',
      'Shilling firms',
      'NAIROBI, March 4 - The shilling gained 10 cents versus the greenback as exporters sold $20 million in receipts.',
    ].join('\n');
    expect(money(page, 'https://www.example.com.my/business/')).toEqual([
      [['RM5 billion', 'MYR', 5e9, 5e9]],
      [['$20 million', 'USD', 2e7, 2e7]],
    ]);
  });

  it('keeps an amount set against a party or a figure ("a $5 million judgment against the company")', () => {
    const page = [
      'Court rules for supplier',
      'NEW YORK, March 4 (Reuters) - A jury returned a $5 million verdict against the company, and its shares fell against the index.',
    ].join('\n');
    expect(money(page, 'https://www.example.com/markets/')).toEqual([[['$5 million', 'USD', 5e6, 5e6]]]);
  });
});

/*
 * Money on pages from other countries: the scale words of the Spanish, Portuguese, Vietnamese
 * and Russian press (CLDR's compact formats), the currency words written with them, and a
 * currency code glued to a short figure that names an event, not an amount.
 */

/** Each item's mentions as `text currency min`, and ` = currency min` per stated conversion. */
function mentions(page: string): string[][] {
  return parseChecked(page).items.map((b) =>
    b.money.map((m) =>
      [
        `${m.text} ${m.amount.currency} ${m.amount.min}`,
        ...m.stated.map((s) => `= ${s.currency} ${s.min}`),
      ].join(' '),
    ),
  );
}

describe('money in the words of the Spanish and Portuguese press', () => {
  const page = [
    'Gobierno aprueba un plan de vivienda social',
    '',
    'El gobierno aprobó un plan de 2 mil millones de euros para construir vivienda social en diez años.',
    '',
    'Premio nacional de periodismo para una reportera',
    '',
    'La ganadora recibirá 10 mil euros y una beca de un año en la capital.',
    '',
    'Banco estatal registra lucro recorde no trimestre',
    '',
    'O banco teve lucro de 1 milhão de reais por dia no trimestre, segundo o balanço divulgado ontem.',
    '',
    'Empresa recebe multa de 2.500 mil reais',
    '',
    'A empresa recebeu uma multa de 2.500 mil reais do órgão regulador pela falha no serviço.',
  ].join('\n');

  it('reads mil millones as a billion, a spaced mil as a thousand, milhão as a million', () => {
    expect(mentions(page)).toEqual([
      ['2 mil millones de euros EUR 2000000000'],
      ['10 mil euros EUR 10000'],
      ['1 milhão de reais BRL 1000000'],
      ['2.500 mil reais BRL 2500000', '2.500 mil reais BRL 2500000'],
    ]);
  });

  it('keeps a glued or decimal mil as the English million', () => {
    const english = [
      'Flood repairs need funds',
      '',
      'The ministry said 170 billion kip (US$ 21.3 mil) is needed to restore irrigation canals.',
      '',
      'Carmaker opens a plant',
      '',
      'The carmaker will invest US$425mil in a new plant in the north of the country.',
    ].join('\n');
    expect(mentions(english)).toEqual([
      ['170 billion kip (US$ 21.3 mil) LAK 170000000000 = USD 21300000'],
      ['US$425mil USD 425000000'],
    ]);
  });

  it('reads dólares as a dollar', () => {
    const dollars = [
      'Asesor habría recibido pagos',
      '',
      'El asesor habría recibido 12 millones de dólares de un grupo empresarial, según la denuncia.',
    ].join('\n');
    expect(mentions(dollars)).toEqual([['12 millones de dólares USD 12000000']]);
  });
});

describe('money in the words of the Vietnamese and Russian press', () => {
  const page = [
    'Chính phủ chi tiền cho dự án đường cao tốc',
    '',
    'Chính phủ chi 5 tỷ đồng cho dự án và 3,5 triệu VND cho mỗi hộ dân bị ảnh hưởng.',
    '',
    'Ngân sách tăng mạnh trong năm nay',
    '',
    'Ngân sách đạt 1.500 tỷ đồng, tăng so với năm trước.',
    '',
    'Бюджет города вырастет в следующем году',
    '',
    'Бюджет составит 1,2 млрд руб., а на ремонт дорог выделят 300 млн рублей.',
  ].join('\n');

  it('reads tỷ, triệu, млрд and млн with đồng, VND, руб. and рублей', () => {
    expect(mentions(page)).toEqual([
      ['5 tỷ đồng VND 5000000000', '3,5 triệu VND VND 3500000'],
      ['1.500 tỷ đồng VND 1500000000000'],
      ['1,2 млрд руб. RUB 1200000000', '300 млн рублей RUB 300000000'],
    ]);
  });
});

describe('a currency code glued to a short figure', () => {
  const page = [
    'Leaders gather for the climate summit',
    '',
    'Leaders met at COP26 in Glasgow, and the host pledged USD 26 million for adaptation.',
    '',
    'Fines rise for late filings',
    '',
    'Late filers will pay a fine of EUR1,500 from next year, up from EUR500.',
  ].join('\n');

  it('reads COP26 as a name, and a spaced, grouped or larger figure as money', () => {
    expect(mentions(page)).toEqual([
      ['USD 26 million USD 26000000'],
      ['EUR1,500 EUR 1500', 'EUR500 EUR 500'],
    ]);
  });
});

describe("CLDR's signs of one currency that are no letters alone", () => {
  const page = [
    'Farmers get drought relief',
    '',
    'The ministry gave ৳500 crore to farmers hit by the drought, officials said in the capital.',
    '',
    'Minimum wage raised',
    '',
    'The minimum wage rises to S/1,025 a month, and bread will cost S/ 4.50 a kilo.',
    '',
    'Software sales grow',
    '',
    'Sales of the S/4 suite rose, the vendor said.',
  ].join('\n');

  it('reads ৳ as the taka and S/ as the sol before a figure written as money, not S/4', () => {
    expect(mentions(page)).toEqual([
      ['৳500 crore BDT 5000000000'],
      ['S/1,025 a month PEN 1025', 'S/ 4.50 a kilo PEN 4.5'],
      [],
    ]);
  });
});

describe('a decimal comma before a glued scale abbreviation, and the wires\' "tln"', () => {
  it('reads R1,1bn on a South African page as 1.1 billion rand, and leaves R1,5m unread', () => {
    const page = [
      'Hawks widen tender probe',
      '',
      'The Hawks are probing a R1,1bn tender at the power utility, investigators said on Monday.',
      '',
      'Farm sold to a local buyer',
      '',
      'The farm was sold for R1,5m to a local buyer after a long auction, the agent said.',
    ].join('\n');
    expect(
      parseChecked(page, { url: 'https://www.example.co.za/news/' }).items.map((b) =>
        b.money.map((m) => `${m.text} ${m.amount.currency} ${m.amount.min}`),
      ),
    ).toEqual([['R1,1bn ZAR 1100000000'], []]);
  });

  it('reads "59 tln won" as 59 trillion won', () => {
    const page = [
      'Cabinet passes record extra budget',
      '',
      'The cabinet passed a record extra budget of 59 tln won on Friday, the finance ministry said.',
    ].join('\n');
    expect(mentions(page)).toEqual([['59 tln won KRW 59000000000000']]);
  });
});

describe('the thousands dot next to a currency', () => {
  const page = [
    'Klinik erhält Zuschuss',
    '',
    'Die Klinik erhält 1.500.000 Euro vom Land und 3.500 Euro pro Monat für Personal.',
    '',
    'Denda bagi pelanggar',
    '',
    'Pelanggar dikenai denda Rp 500.000 per hari, kata pejabat kota.',
    '',
    'Fuel and currency prices',
    '',
    'Gas sold at $3.599 a gallon and the dollar bought 149.325 yen on Monday.',
  ].join('\n');

  it('reads 1.500.000 Euro, 3.500 Euro and Rp 500.000 as grouped, and keeps $3.599 and 149.325 yen', () => {
    expect(mentions(page)).toEqual([
      ['1.500.000 Euro EUR 1500000', '3.500 Euro EUR 3500'],
      ['Rp 500.000 IDR 500000'],
      ['$3.599 a gallon USD 3.599', '149.325 yen JPY 149.325'],
    ]);
  });
});

describe('a Vietnamese price in đồng without a scale', () => {
  const page = [
    'Giá vé xe buýt tăng từ tháng sau',
    '',
    'Giá vé là 200.000 đồng mỗi người, và vé tháng 1.250.000 đồng, theo thông báo của thành phố.',
    '',
    'Kim Dong scores twice',
    '',
    'Kim Dong 5 points clear after the derby, the league said.',
  ].join('\n');

  it('reads 200.000 đồng as 200,000 dong, and leaves the name Dong alone', () => {
    expect(mentions(page)).toEqual([['200.000 đồng VND 200000', '1.250.000 đồng VND 1250000'], []]);
  });
});

describe('the dollar in Indonesian and Malay', () => {
  const page = [
    'Warga miskin bertambah',
    '',
    'Jutaan warga hidup dengan 1.25-Dolar sehari, dan pemerintah menerima bantuan 5 juta dolar AS.',
  ].join('\n');

  it('reads dolar as a dollar and dolar AS as the US dollar', () => {
    expect(mentions(page)).toEqual([['1.25-Dolar USD 1.25', '5 juta dolar AS USD 5000000']]);
  });
});
