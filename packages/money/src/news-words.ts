/*
 * What English news writes that CLDR does not name: the one hand table of the registry. CLDR gives
 * every currency's English names ("Chinese yuan", "US dollars"), symbols and codes (generated/);
 * a currency's bare noun ("zloty", "baht") is derived from those names in `currencyNouns`. Only
 * words neither yields are here, each with why.
 */

/** Codes in use that are not ISO 4217: read as the ISO currency, with the reason recorded. */
export const NON_ISO_CODES: Readonly<Record<string, { code: string; reason: string }>> = {
  // The offshore yuan, traded in Hong Kong since 2010; CLDR names it but ISO 4217 has no such code.
  CNH: { code: 'CNY', reason: 'CNH is the offshore yuan, not an ISO 4217 code: recorded as CNY' },
  // Taiwan's market convention for the New Taiwan dollar.
  NTD: { code: 'TWD', reason: 'NTD is the market name of the New Taiwan dollar (ISO 4217 TWD)' },
  // Renminbi as a code, common in Chinese and Hong Kong papers.
  RMB: { code: 'CNY', reason: 'RMB (renminbi) is the yuan (ISO 4217 CNY)' },
};

/** Words after a number (lower case) that CLDR lacks, and the currency they name. */
export const NEWS_WORDS: readonly (readonly [words: readonly string[], code: string])[] = [
  // The yuan without "Chinese", the people's currency's own name, the slang "kuai".
  [['yuan', 'renminbi', 'yuan renminbi', 'rmb', 'kuai'], 'CNY'],
  // CLDR's name is "Japanese yen"; news writes the bare noun (the ¥ sign is resolved in context).
  [['yen'], 'JPY'],
  [['nepali rupees'], 'NPR'],
  // Sterling, the British pound's own name.
  [['pounds sterling', 'sterling'], 'GBP'],
  // Pre-euro currencies by the names archives use (CLDR: "German mark", "Spanish peseta"...).
  [['deutsche marks', 'deutsche mark', 'deutschmarks', 'deutschmark', 'deutschemarks', 'd-marks'], 'DEM'],
  [['pesetas', 'peseta'], 'ESP'],
  [['finnish markkaa', 'finnish marks', 'markka', 'markkaa', 'finnmarks'], 'FIM'],
  [['netherlands guilders', 'netherlands guilder', 'guilders', 'guilder'], 'NLG'],
  [['luxembourg francs', 'luxembourg franc'], 'LUF'],
  [['schillings', 'schilling'], 'ATS'],
  [['greek drachmae', 'drachmas', 'drachmae', 'drachma'], 'GRD'],
  [['irish punts'], 'IEP'],
  [['escudos'], 'PTE'],
  [['lire', 'italian lire'], 'ITL'],
  // The lira today is Turkish (the Italian lira is the plural "lire"); CLDR's plural is "Turkish
  // Lira", the English press's "liras" (Daily Sabah, Anadolu, Reuters' Turkish copy).
  [['lira', 'liras', 'turkish liras'], 'TRY'],
  // British spelling and the bare noun.
  [['rubles', 'roubles', 'ruble', 'rouble', 'russian roubles'], 'RUB'],
  // The Portuguese plural; a bare "real" is left out ("2 million real estate deals").
  [['reais', 'reals', 'brazilian reais'], 'BRL'],
  // Gulf papers drop the country.
  [['riyals', 'riyal'], 'SAR'],
  [['dirhams', 'dirham'], 'AED'],
  // CLDR: "Israeli new shekel".
  [['shekels', 'new shekels', 'shekel', 'israeli shekels'], 'ILS'],
  // The crown, the English for krona, krone and koruna, named with its country as Reuters writes
  // them all ('30 billion Swedish crowns') and the Czech English-language press the koruna (Radio
  // Prague International, the ČTK wire, Expats.cz: 'Czech crowns'). A bare 'crowns' is left out
  // ('won three crowns').
  [['swedish crowns', 'swedish crown'], 'SEK'],
  [['norwegian crowns', 'norwegian crown'], 'NOK'],
  [['danish crowns', 'danish crown'], 'DKK'],
  [['icelandic crowns', 'icelandic crown'], 'ISK'],
  [['czech crowns', 'czech crown'], 'CZK'],
  // Transliterations CLDR does not use.
  [['hryvnas'], 'UAH'],
  [['zlotys', 'zlotych'], 'PLN'],
  [['icelandic kronur', 'icelandic kronas'], 'ISK'],
  [['rands'], 'ZAR'],
  // CLDR: "Ghanaian cedi"; Ghana's press writes the country's name.
  [['ghana cedis', 'ghana cedi'], 'GHS'],
  [['patacas'], 'MOP'],
  // The rouble in Russian, as the Russian press writes it after a figure (TASS, RIA Novosti,
  // Interfax, RBC): the abbreviation "руб." and the case forms ("1,2 млрд руб.", "300 рублей").
  [['руб.', 'руб', 'рублей', 'рубля', 'рубль', 'рубли'], 'RUB'],
];
