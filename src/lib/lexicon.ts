/**
 * General English news vocabulary the rules lean on: honorifics, title words, reporting verbs,
 * organisation words. These are properties of the language and of news writing, not of any article;
 * nothing here names a person.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Words before a name that mark it as a person's: "Mr. Xi", "Dr. Tsai". Compared without the full stop. */
export const HONORIFICS = set(
  `Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Madam Madame Mme M Herr Frau Sr Sra Srta Don Doña Dona Señor Señora Sheikh Sayyed Sayyid Seyyed Ayatollah Rev Fr Hon Shri Smt Mgr Msgr Monseigneur`,
);

/** Words that, capitalised before a name, are a title ("President Xi", "Foreign Minister Qin"); lowercase as keys. */
export const TITLE_WORDS = set(`
  president prez vice premier prime minister secretary chancellor king queen prince princess emperor empress tsar tsarina czar czarina pope
  taoiseach tanaiste tánaiste
  senator sen rep representative congressman congresswoman governor gov mayor ambassador envoy
  chairman chairwoman chair chairperson director commissioner spokesman spokeswoman spokesperson
  commandant general gen admiral adm colonel col major maj captain capt lieutenant lt sergeant sgt commander
  judge justice attorney minister deputy undersecretary under assistant chief head leader
  professor prof dr doctor chancellor dean rector president-elect ceo cfo coo cto founder co-founder
  cofounder chairman chief-executive executive editor correspondent reporter analyst economist fellow
  researcher scholar expert adviser advisor counsellor counselor counsel councillor councilman councilwoman
  councilmember assemblymember assemblyman assemblywoman alderman alderwoman auditor solicitor
  lawmaker legislator mp mep pm cm official officer diplomat philanthropist activist author writer sheriff marshal
  detective inspector superintendent constable prosecutor chef pastor coach reverend rev emeritus
  brig cmdr cdr cpl pvt det insp supt amb atty
  coach manager player striker captain bishop archbishop cardinal deacon protodeacon archdeacon rabbi imam father sister brother
  predecessor successor counterpart member lawyer scientist candidate nominee
  präsident präsidentin vizepräsident vizepräsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin gouverneur gouverneurin bürgermeister
  bürgermeisterin sprecher sprecherin ministerin außenminister außenministerin regierungschef regierungschefin anwalt anwältin rechtsanwalt rechtsanwältin staatsanwalt staatsanwältin richter richterin botschafter botschafterin
  armeechef armeechefin polizeichef polizeichefin parteichef parteichefin oberbürgermeister oberbürgermeisterin ministerpräsident ministerpräsidentin innenminister innenministerin polizeisprecher polizeisprecherin regierungssprecher regierungssprecherin
  polizeipräsident polizeipräsidentin bundespräsident bundespräsidentin staatspräsident staatspräsidentin verteidigungsminister verteidigungsministerin finanzminister finanzministerin justizminister justizministerin gesundheitsminister gesundheitsministerin chefinspektor chefinspektorin
  président présidente vice-président vice-présidente ministre maire porte-parole préfet préfète procureur procureure kardinal papst envoyé envoyée
  presidente presidenta vicepresidente vicepresidenta alcalde alcaldesa ministro ministra portavoz gobernador gobernadora canciller fiscal mandatario mandataria
  governador governadora prefeito prefeita porta-voz sindaco sindaca governatore governatrice portavoce
`);

/** Title words that only count in lower case before a name ("co-founder Bill Gates"), as they are common nouns. */
export const LOWERCASE_ROLE_WORDS = set(`
  spokesman spokeswoman spokesperson founder co-founder cofounder analyst economist fellow researcher
  scholar expert adviser advisor official diplomat philanthropist activist author writer lawyer scientist
  professor reporter correspondent editor predecessor successor counterpart member leader chief head president-elect
  director minister secretary president premier envoy ambassador candidate nominee chairman chairwoman chair chairperson
  executive manager coach player strategist historian commentator journalist sheriff marshal detective
  inspector superintendent officer chef pastor reverend prosecutor defendant plaintiff witness juror resident
  neighbor neighbour owner farmer teacher nurse physician surgeon epidemiologist biologist chemist physicist
  geologist oceanographer microbiologist astronomer engineer architect designer artist singer actor actress
  novelist poet midfielder defender goalkeeper forward striker guard quarterback pitcher teammate captain
  lecturer student volunteer organizer organiser campaigner consultant partner investor banker trader
  broker attorney judge councilmember councilwoman councilman alderman commissioner treasurer clerk
  principal superintendent administrator coordinator manager supervisor worker employee chairwoman daughter
  son wife husband widow mother father brother sister grandson granddaughter friend colleague driver
  vendor shopkeeper fisherman fisherwoman retiree pensioner veteran survivor victim patient customer passenger
  commuter tourist voter supporter fan protester refugee migrant teenager grandmother grandfather mechanic pundit boss
  electrician plumber carpenter builder contractor landlord tenant homeowner parent mayor treasurer geologist
  economist advocate barrister solicitor magistrate sergeant constable firefighter paramedic medic
  miner photographer photojournalist doctor priest bishop soldier pilot columnist entrepreneur businessman businesswoman
  billionaire filmmaker producer musician composer dancer athlete cyclist swimmer boxer wrestler footballer cricketer
  golfer jockey agent publicist politician statesman negotiator mediator skipper deckhand boatman lifeguard midwife
  caretaker janitor rancher
  maire ministre président présidente vice-président vice-présidente préfet procureur porte-parole alcalde alcaldesa ministro ministra presidente presidenta
  vicepresidente vicepresidenta portavoz
  général générale lieutenant-colonel colonel capitaine commandant sergent ambassadeur ambassadrice juge avocat avocate secrétaire
  general teniente coronel capitán embajador embajadora juez jueza abogado abogada secretario secretaria
  gobernador gobernadora governador governadora prefeito prefeita porta-voz embaixador embaixadora advogado advogada
  sindaco sindaca governatore governatrice portavoce
  gouverneur fiscal procurador procuradora promotor promotora juiz juíza procuratore giudice
  papa pontífice pontefice cantante vocalista actriz atriz attrice actrice chanteuse chanteur cantora cantor
`);

/**
 * Words that make a capitalised phrase an organisation, a place or an event rather than a person
 * ("Yale Paul Tsai China Center", "Great Hall", "South China Sea"); the last line holds the Arabic words for a
 * front, movement, army, party, brigade or council that open names of armed and political groups.
 */
export const ORG_WORDS = set(`
  center centre university college school institute institution academy ministry department office
  council commission committee agency bureau administration authority board party government parliament
  congress senate assembly court bank fund association federation union league foundation trust group
  company corporation corp inc ltd llc plc co holdings news times post journal herald tribune gazette
  telegraph guardian daily weekly press television tv radio network channel media magazine review
  street avenue road square hall house palace tower building airport station port harbour harbor bridge
  sea ocean strait gulf bay river lake mountain mountains island islands peninsula valley desert
  province state states city county district region republic kingdom empire federation territory
  summit forum conference games cup championship olympics expo festival war treaty accord pact act
  army navy force forces guard police command corps church mosque temple cathedral museum library hospital
  club team fc stadium park zoo prize award index exchange market cooperation organization organisation
  alliance initiative program programme project partnership coalition movement campaign network system
  agreement declaration strategy plan policy fellowship scholarship airlines airline motors technologies
  labs systems services solutions partners capital ventures studios records entertainment games
  affairs relations studies security defence defense development commerce finance health education energy
  environment interior homeland intelligence operations research science technology culture communications
  information transport transportation agriculture labor labour justice welfare tech foods food venture
  pharma pharmaceuticals therapeutics biotech motors power fire rescue airways bancorp brands stores
  markets logistics media robotics analytics software semiconductor semiconductors mining oil gas
  railway railways railroad jail prison penitentiary music
  tahrir jabhat ahrar ansar jaish harakat hizb kataib liwa saraya jund majlis
  polizei regierung armee ministerium behörde staatsanwaltschaft feuerwehr bundeswehr
  premio prêmio prix preis premi
`);

/**
 * Words that name a place or a building when they end a capitalised phrase ("Central Park", "Kensington Palace",
 * "Taiwan Strait") but can also be a person's name elsewhere in it ("Park Ji-woo", "Lake Bell").
 */
export const PLACE_HEADS = set(`
  street avenue road square hall house palace tower building airport station port harbour harbor bridge
  sea ocean strait gulf bay river lake mountain mountains island islands peninsula valley desert park
  city county district region province territory republic kingdom empire state states
  beach springs falls heights norte sur nord sud ouest oeste prefecture governorate oblast garden gardens
`);

/** Words that carry reported speech: "X said", "said X", "X told reporters". Base forms are matched by inflection below. */
export const SPEECH_VERBS = set(`
  said says say told tells tell added adds stated states noted notes explained explains stressed stresses
  emphasized emphasised emphasizes emphasises insisted insists argued argues warned warns asked asks
  replied replies responded responds continued continues wrote writes declared declares announced announces
  claimed claims acknowledged acknowledges admitted admits conceded concedes observed observes remarked
  remarks suggested suggests recalled recalls urged urges cautioned cautions concluded concludes reiterated
  reiterates affirmed affirms confirmed confirms commented comments predicted predicts tweeted tweets
  posted posts quipped jokes joked complained complains lamented laments pointed agreed agrees
  reported reports described describes called calls hoped hopes believes believed vowed vows pledged
  pledges promised promises maintained maintains contended contends countered counters charged
  assured assures accused accuses blamed blames demanded demands proposed proposes recommended
  recounted recounts testified testifies wrote shouted whispered cried exclaimed sighed boasted
  welcomed welcomes hailed hails saluted salutes lauded lauds praised praises criticized criticised slammed denied denies
  expressed expresses indicated indicates highlighted highlights underlined underscored reaffirmed
  told announced assert asserted asserts explained
`);

/** What a person's or an organisation's words come in ("a statement from …", "the post said"): the author speaks. */
export const DOCUMENT_NOUNS = set(
  `statement announcement message post letter memo email note notice tweet release update warning advisory alert bulletin document telegram`,
);

/** First- and second-person words: a sentence with them, outside quotation marks, is somebody's speech. */
export const FIRST_PERSON = set(
  `I I'm I’m I've I’ve I'd I’d I'll I’ll me my mine myself we we're we’re we've we’ve we'll we’ll we'd we’d us our ours ourselves you your yours`,
);

/** Capitalised words that begin sentences or phrases and are never names. */
export const NOT_NAME_WORDS = set(`
  The A An This That These Those It Its He She They We I You His Her Their Our My Your But And Or Nor
  So Yet For In On At By To From With Without Of As If When While After Before Since Until During
  Despite Although Though Because However Meanwhile Still Also Even Only Just Then There Here What
  Who Whom Whose Which Where Why How All Both Neither Either Each Every Some Any Many Most Much More Few Several No
  Not None One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Earlier Later
  Today Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
  March April May June July August September October November December Feb Apr Aug Sep Sept Oct Nov Dec
  Mr Mrs Ms Dr Prof According
  Asked Speaking Following Ahead Among Between Under Over Against Given Amid Amidst Across Around
  Beyond Within Instead Perhaps Indeed Recognizing Recognising Is Are Was Were Has Have Had Do Does Did
  Will Would Can Could Should Shall Must Might Let Our Such Other Another Chinese American Western
  Eastern Northern Southern Foreign State National International Global World Central Federal
  Senior Top Former Current New Old Great Secretary President Minister Premier Prime Director Chief
  Breaking Exclusive Opinion Analysis Update Updated Live Watch Read Video Photo Photos Source Reporting
  Majesty Majesties Highness Highnesses Holiness Excellency Eminence
  Der Die Dem Ein Eine Einen Einem Einer Alle Allen Wir Ihr Unser Unsere Kein Keine Nicht Auch Aber Und Oder Wenn Dass Nach Seit Laut
  Image Images Getty AP AFP PTI Reuters Xinhua ANI IANS North South East West Upper Lower Mount
  Saint St Lake River Island Sea Gulf Bay Strait Cape Port Fort Jr Sr El
  Selon Según Segun Secondo Laut Gemäß
  Additionally Furthermore Moreover Nonetheless Nevertheless Likewise Similarly Consequently Therefore Thus Hence
  Besides Overall Ultimately Finally Initially Notably Importantly Interestingly Specifically Separately
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März Juni Juli Oktober Dezember
  Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Hier Aujourd’hui Lunes Martes Miércoles Jueves Viernes Sábado Ayer Hoy Gestern Heute
  Aunque Cuando Mientras Porque Donde Tras Desde Hasta Lorsque Quand Alors Pendant Depuis Après Avant Sans Mais Puisque
  Als Weil Obwohl Während Trotz Nachdem Bevor Damit Sobald
  Yo Tú Él Nosotros Ellos Ellas Io Noi Eu Nós Eles Elas Je Nous Vous Ils Elles Ich Sie Er
  Muere Fallece Murió Falleció Meurt Décède Muore Morre Morreu Stirbt Adiós Adieu Addio Homenaje Hommage Omaggio
`);

// ─── Speaker attribution (issue 10, speaker half): appended block, used by src/lib/parse/attribution.ts ───

/** More verbs that introduce a quotation in news copy, beyond SPEECH_VERBS ("Beck questioned", "the Saudis state"). */
export const MORE_SPEECH_VERBS = set(`
  questioned mused interjected scoffed snapped retorted quipped joked added echoed summed summarized threatened threatens
  summarised chimed conceded chided wondered marveled marvelled opined pressed vented fumed railed
  countered thundered gushed bragged griped grumbled chanted chant chants yelled screamed thanked mocked bemoaned barked
  labeled labelled branded dubbed decried derided lambasted ridiculed touted defended rejected refuted disputed
  insisting argues repeated berated berates scolded scolds rebuked rebukes blasted blasts retaliated clarified
  clarifies shared communicated pleaded texted emailed messaged revealed disclosed reassured elaborated alleged alleges
  signaled signalled hinted hints implored apologized apologised protested objected reflected speculated theorized
  theorised estimated reckoned surmised muttered laughed detailed outlined deemed termed recognized recognizes
  recognised recognises remembered remembers reminisced mentioned reacted reacts confided confides conveyed conveys voiced voices
  denounced denounces condemned condemns decries slams characterized characterised characterizes characterises
  reminded reminds informed informs attributed attributes quips exclaims boasts whispers wept sobbed
`);

/** Nouns for unnamed people a quotation is attributed to ("a person close to the Okafors", "one GOP aide"). */
export const PERSON_NOUNS = set(`
  person people trio duo couple quartet source sources interlocutor interlocutors friend friends voter voters supporter supporters resident residents member members
  staffer staffers operative operatives insider insiders aide aides official officials critic critics ally allies
  strategist strategists lawmaker lawmakers analyst analysts expert experts observer observers veteran veterans
  worker workers employee employees colleague colleagues relative relatives neighbor neighbors neighbour neighbours
  democrat democrats republican republicans conservative conservatives liberal liberals donor donors delegate
  delegates consultant consultants adviser advisers advisor advisors spokesman spokeswoman spokesperson
  protester protesters demonstrator demonstrators activist activists witness witnesses student students parent
  parents man woman men women user users fan fans attendee attendees rescuer rescuers survivor survivors passenger
  passengers bystander bystanders onlooker onlookers eyewitness eyewitnesses mourner mourners villager villagers
  caller callers passerby passersby passer-by passers-by pedestrian pedestrians motorist motorists driver drivers
  commuter commuters tourist tourists visitor visitors shopper shoppers customer customers guest guests spectator
  spectators patient patients pilot pilots dispatcher dispatchers controller controllers child children boy boys
  girl girls teenager teenagers kid kids attendant attendants steward stewards stewardess stewardesses
`);

/** Venues and businesses named after people ("the Hotel Bellevue Dupont", "Dupont’s Bakery"): never a person. */
export const VENUE_WORDS = set(`
  hotel hotels motel inn lodge resort restaurant cafe café bar pub bakery brewery winery distillery theatre theater
  cinema arena casino mall gallery studio studios clinic pharmacy store shop boutique salon farm ranch estate
  vineyard garage motors airlines airways foods industries enterprises partners associates
`);

/** Nouns for something said, as a regular-expression alternation ("Lind’s claim that …", "Hale’s condemnation of …"). */
export const SPEECH_NOUNS =
  'claims?|assertions?|accusations?|statements?|remarks?|comments?|words|calls?|promises?|pledges?|vows?|slogans?|phrases?|catch ?phrases?|language|' +
  'message|arguments?|response|tweets?|letter|email|memo|op-ed|column|description|characteri[sz]ation|condemnation|charge|warnings?|' +
  'answer|reply|insistence|view|denial|assessment|criticism|praise|admission|appeal|demand|plea|dismissal|rejection|suggestions?|hints?|threats?|jibes?|quips?';

/** Weather systems named like people ("Storm Daniel", "Hurricane Ian", "la tempête Daniel"): the name is none. */
export const STORM_WORDS = set(`
  storm hurricane typhoon cyclone tempête ouragan tormenta huracán tifón ciclón ciclone uragano tempesta
  tifone sturm orkan wirbelsturm hurrikan taifun zyklon
`);

// ─── Appended by the person-name work (issue #10): more titles before a name ─────────────────────────────────
// Titles of office and rank that were missing above ("House Speaker Nancy …", "Patriarch …", "Emir …").
for (const w of `speaker whip pontiff sultan emir shah tsar czar duchess baroness marquess viscount
  monsignor patriarch ayatollah mullah cleric magnate tycoon billionaire`.split(/\s+/))
  TITLE_WORDS.add(w);

// ─── Appended by the person-name work (issue #10): roles in sports and business writing ──────────────────────
// (Not "champion", "winner" or "favourite": they stand before teams and horses as often as before people.)
for (const w of `sprinter cyclist rider jockey golfer boxer batsman bowler winger keeper outfielder infielder catcher
  shortstop chief-of-staff mogul tycoon`.split(/\s+/))
  LOWERCASE_ROLE_WORDS.add(w);

/** Role nouns of one sex. */
export const FEMALE_ROLES = new Set([
  'mother',
  'wife',
  'daughter',
  'sister',
  'grandmother',
  'aunt',
  'niece',
  'widow',
  'woman',
  'girl',
  'actress',
  'queen',
  'princess',
  'mum',
  'mom',
]);
export const MALE_ROLES = new Set([
  'father',
  'husband',
  'son',
  'brother',
  'grandfather',
  'uncle',
  'nephew',
  'widower',
  'man',
  'boy',
  'actor',
  'king',
  'prince',
  'stepfather',
  'dad',
]);
