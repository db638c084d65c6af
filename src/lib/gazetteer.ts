/**
 * Places and peoples: capitalised words that are never a person's name. A general list of countries,
 * their adjectives, large cities and regions, so "Beijing's" or "Washington's" is not read as a name.
 */

const words = (text: string) =>
  text
    .trim()
    .split(/\s*\n\s*|\s*,\s*/)
    .filter(Boolean);

/** Countries, territories and regions. */
const COUNTRIES = words(`
Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bahamas, Bahrain,
Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia, Botswana, Brazil, Brunei, Bulgaria,
Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia,
Cuba, Cyprus, Czechia, Czech Republic, Denmark, Djibouti, Dominica, Ecuador, Egypt, El Salvador, Eritrea, Estonia,
Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea,
Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan,
Jordan, Kazakhstan, Kenya, Kiribati, Korea, North Korea, South Korea, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia,
Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali,
Malta, Mauritania, Mauritius, Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar,
Burma, Namibia, Nauru, Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger, Nigeria, Norway, Oman, Pakistan,
Palau, Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia,
Rwanda, Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia,
Somalia, South Africa, Spain, Sri Lanka, Sudan, South Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan,
Tanzania, Thailand, Tibet, Togo, Tonga, Trinidad, Tunisia, Turkey, Türkiye, Turkmenistan, Tuvalu, Uganda, Ukraine,
United Arab Emirates, UAE, United Kingdom, UK, Britain, Great Britain, England, Scotland, Wales, United States, US, USA,
U.S., U.S.A., U.K., America, Uruguay, Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Hong Kong, Macau, Macao,
Xinjiang, Crimea, Donbas, Gaza, West Bank, Kashmir, Europe, Asia, Africa, Oceania, Antarctica, Arctic, Middle East,
Latin America, South America, North America, Central America, Caribbean, Balkans, Scandinavia, Siberia, Indo-Pacific,
Asia-Pacific, Pacific, Atlantic, Mediterranean, Baltic, Sahel, Eurasia, Greenland, Puerto Rico, Guam, Okinawa
`);

/** Large cities and capitals. */
const CITIES = words(`
Beijing, Shanghai, Shenzhen, Guangzhou, Wuhan, Chengdu, Tianjin, Nanjing, Hangzhou, Chongqing, Xi'an, Taipei, Tokyo,
Osaka, Seoul, Pyongyang, Delhi, New Delhi, Mumbai, Kolkata, Chennai, Bengaluru, Bangalore, Hyderabad, Karachi, Lahore,
Islamabad, Dhaka, Kabul, Tehran, Baghdad, Riyadh, Doha, Dubai, Abu Dhabi, Ankara, Istanbul, Jerusalem, Tel Aviv,
Beirut, Damascus, Amman, Cairo, Nairobi, Lagos, Abuja, Johannesburg, Pretoria, Cape Town, Addis Ababa, Kinshasa,
Moscow, Kyiv, Kiev, Minsk, Warsaw, Berlin, Munich, Frankfurt, Hamburg, Paris, Marseille, Lyon, London, Manchester,
Edinburgh, Dublin, Madrid, Barcelona, Lisbon, Rome, Milan, Naples, Vienna, Prague, Budapest, Bucharest, Sofia,
Athens, Belgrade, Zagreb, Brussels, Amsterdam, The Hague, Geneva, Zurich, Bern, Stockholm, Oslo, Copenhagen,
Helsinki, Tallinn, Riga, Vilnius, Washington, New York, Los Angeles, San Francisco, Chicago, Boston, Houston, Dallas,
Miami, Seattle, Atlanta, Philadelphia, Detroit, Denver, Phoenix, Las Vegas, Honolulu, Toronto, Ottawa, Montreal,
Vancouver, Mexico City, Havana, Caracas, Bogota, Bogotá, Lima, Santiago, Buenos Aires, Brasilia, Brasília,
Sao Paulo, São Paulo, Rio de Janeiro, Sydney, Melbourne, Canberra, Brisbane, Perth, Auckland, Wellington, Jakarta,
Bali, Manila, Bangkok, Hanoi, Ho Chi Minh City, Kuala Lumpur, Phnom Penh, Yangon, Naypyidaw, Ulaanbaatar, Astana,
Tashkent, Baku, Tbilisi, Yerevan, Davos, Strasbourg, Luxembourg City, Hiroshima, Nagasaki, Busan, Kaohsiung
`);

/**
 * The same countries and cities in the languages copies are translated into (French, Spanish, Portuguese, German,
 * Italian), where the name differs from the English one: "Nova York" is no given name and a surname.
 */
const TRANSLATED = words(`
Nueva York, Nova York, Nouvelle-Orléans, Nueva Orleans, Londres, Pekín, Pequim, Pékin, Peking, Moscou, Moscú, Moskau,
Varsovie, Varsovia, Varsóvia, Bruxelles, Bruselas, Bruxelas, Lisboa, Lisbonne, Lissabon, Viena, Vienne, Wien, Ginebra,
Genebra, Genève, Genf, Ginevra, Atenas, Athènes, Athen, Jerusalén, Jérusalem, Jerusalém, Gerusalemme, Tóquio, Tokio,
Seúl, Séoul, Kiew, Kijów, Berlim, Estocolmo, Copenhague, Kopenhagen, Pretória, Nova Deli, Nueva Delhi, New Delhi,
Cidade do México, Ciudad de México, Mexiko-Stadt, Teerã, Teherán, Téhéran, Teheran, Bagdá, Bagdad, Damasco, Damas,
Beirute, Beyrouth, Le Caire, El Cairo, Cairo, Kairo, Istambul, Estambul, Moscovo, Pequín, Xangai, Shanghái,
Estados Unidos, États-Unis, Vereinigte Staaten, Stati Uniti, Reino Unido, Royaume-Uni, Regno Unito, Großbritannien,
Alemania, Alemanha, Allemagne, Deutschland, Germania, Francia, França, Frankreich, Rusia, Rússia, Russie, Russland,
Chine, Cina, Japón, Japão, Japon, Giappone, Inglaterra, Angleterre, Inghilterra, Italia, Itália, Italie, Italien,
España, Espanha, Espagne, Spanien, Spagna, Brésil, Brasilien, México, Mexique, Mexiko, Canadá, Kanada, Ucrania,
Ucrânia, Ucraina, Polônia, Pologne, Polen, Grecia, Grécia, Grèce, Griechenland, Turquía, Turquia, Turquie, Türkei,
Irán, Irã, Israël, Catar, Katar, Arabia Saudita, Arábia Saudita, Arabie saoudite, Saudi-Arabien, Egipto, Egito,
Égypte, Ägypten, Sudáfrica, África do Sul, Afrique du Sud, Südafrika, Corea del Sur, Coreia do Sul, Corée du Sud,
Südkorea, Corea del Norte, Coreia do Norte, Corée du Nord, Nordkorea, Suecia, Suécia, Suède, Schweden, Noruega,
Norvège, Norwegen, Suiza, Suíça, Suisse, Schweiz, Svizzera, Países Bajos, Países Baixos, Pays-Bas, Niederlande,
Bélgica, Belgique, Belgien, Áustria, Autriche, Österreich, Nueva Zelanda, Nova Zelândia, Nouvelle-Zélande, Neuseeland,
Hongkong, Havaí, Hawái, Hawaï, Califórnia, Californie, Kalifornien, Flórida, Floride, Texas, Luisiana, Louisiane,
Irak, Iraque, Siria, Síria, Syrie, Syrien, Líbano, Liban, Libanon, Cisjordania, Cisjordânia, Cisjordanie,
Franja de Gaza, Faixa de Gaza, Bande de Gaza, Gazastreifen, Oriente Medio, Oriente Médio, Moyen-Orient, Nahost,
Europa, Europe, Afrique, África, Afrika, Asie, Ásia, Asien, Amérique, América Latina, Amérique latine, Lateinamerika,
Schottland, Écosse, Escocia, Escócia, Scozia, Irland, Irlande, Irlanda, Nordirland, Dänemark, Danemark, Dinamarca,
Finnland, Finlande, Finlandia, Tschechien, Ungarn, Hongrie, Hungría, Rumänien, Roumanie, Indien, Inde, Índia,
Weißrussland, Kroatien, Serbien, Litauen, Lettland, Estland, Georgien, Armenien, Libyen, Tunesien, Marokko, Maroc,
Marruecos, Algerien, Algérie, Argelia, Äthiopien, Kenia, Argentinien, Kolumbien, Kuba, Australien, Australie,
Indonesien, Philippinen, Jemen, Jordanien
`);

/** US states and a few places known by one name that are not cities. */
const STATES = words(`
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois,
Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi,
Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, North Carolina, North Dakota, Ohio,
Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont,
Virginia, West Virginia, Wisconsin, Wyoming, Silicon Valley, Wall Street, Capitol Hill, Pentagon, Kremlin, Downing Street
`);

/** Peoples and adjectives of place. */
const DEMONYMS = words(`
Afghan, African, Albanian, Algerian, American, Arab, Arabian, Argentine, Argentinian, Armenian, Asian, Australian,
Austrian, Azerbaijani, Bangladeshi, Belarusian, Belgian, Bolivian, Bosnian, Brazilian, British, Bulgarian, Burmese,
Cambodian, Cameroonian, Canadian, Chilean, Chinese, Colombian, Congolese, Croatian, Cuban, Cypriot, Czech, Danish,
Dutch, Ecuadorian, Egyptian, Emirati, English, Eritrean, Estonian, Ethiopian, European, Filipino, Finnish, French,
Georgian, German, Ghanaian, Greek, Haitian, Hungarian, Icelandic, Indian, Indonesian, Iranian, Iraqi, Irish, Israeli,
Italian, Jamaican, Japanese, Jordanian, Kazakh, Kenyan, Korean, Kurdish, Kuwaiti, Lao, Latvian, Lebanese, Libyan,
Lithuanian, Malaysian, Mexican, Moldovan, Mongolian, Moroccan, Nepalese, Nepali, Nigerian, Norwegian, Pakistani,
Palestinian, Peruvian, Polish, Portuguese, Qatari, Romanian, Russian, Rwandan, Saudi, Scottish, Serbian, Singaporean,
Slovak, Slovenian, Somali, Spanish, Sri Lankan, Sudanese, Swedish, Swiss, Syrian, Taiwanese, Thai, Tibetan, Turkish,
Ukrainian, Uyghur, Uighur, Venezuelan, Vietnamese, Welsh, Yemeni, Zimbabwean, Western, Eastern, Asian-American,
Sino, Indo, Anglo, Euro, Soviet, Communist, Democrat, Democratic, Republican, Muslim, Christian, Catholic, Jewish,
Hindu, Buddhist, Sikh, Islamic, Orthodox, Protestant, Pacific, Atlantic, Nordic, Baltic, Balkan, Latino, Hispanic,
Swede, Briton, Brit, Frenchman, Frenchwoman, Englishman, Englishwoman, Irishman, Irishwoman, Welshman, Welshwoman,
Scotsman, Scotswoman, Dutchman, Dutchwoman, Spaniard, Icelander, Filipina, Slovene, Serb, Croat
`);

/** Every place and people, lower-cased. */
export const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES, ...TRANSLATED, ...STATES, ...DEMONYMS].map((w) => w.toLowerCase()));

const NOT_CITIES = new Set([...COUNTRIES, ...STATES, ...DEMONYMS].map((w) => w.toLowerCase()));
const CITY_ONLY: ReadonlySet<string> = new Set(CITIES.map((w) => w.toLowerCase()).filter((w) => !NOT_CITIES.has(w)));

/** True when `word` names a city and no country, state or people ("Lima", "Houston"; not "Georgia"). */
export function isCityOnly(word: string): boolean {
  return CITY_ONLY.has(word.toLowerCase());
}

const PEOPLES: ReadonlySet<string> = new Set(DEMONYMS.map((w) => w.toLowerCase()));

/** True when `phrase` (any case) names a place or a people, one of a people included ("Americans", "Serbs"). */
export function isPlace(phrase: string): boolean {
  const p = phrase.toLowerCase();
  // ("Schottlands", "Russlands": a German genitive of a country or city of five letters or more is the place.)
  return PLACES.has(p) || (p.endsWith('s') && (PEOPLES.has(p.slice(0, -1)) || (p.length > 5 && PLACES.has(p.slice(0, -1)))));
}
