/**
 * Speaker shapes of the thirtieth session, written from scratch with made-up names, places and sentences (the
 * made-up harbour town of Vellmar). Tests marked "guard" pass on the start code too: they pin what a rule must not
 * break.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-04' } } as never);
const quotes = (source: string) => parse(source).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);

describe('a statement quoted over paragraphs in single marks, each paragraph reopened and only the last closed', () => {
  const text =
    'Ada Moss posted a note on the ferry board;\n\n' +
    '‘When the bell rang at dawn, I’d already guessed the news.\n\n' +
    '‘The crew of the Wren carried him home across the bay.\n\n' +
    '‘Let the harbour keep its lamps lit tonight.’\n\n' +
    'The quay stayed closed until evening.';

  it('finds every paragraph as a quotation of the one who introduced it', () => {
    expect(quotes(text)).toEqual([
      ['When the bell rang at dawn, I’d already guessed the news.', 'Ada Moss'],
      ['The crew of the Wren carried him home across the bay.', 'Ada Moss'],
      ['Let the harbour keep its lamps lit tonight.', 'Ada Moss'],
    ]);
  });

  it('guard: no warning that the reopened paragraphs were never closed', () => {
    expect(parse(text).warnings.map((w) => w.code)).not.toContain('W_UNCLOSED_QUOTE');
  });

  it('guard: a lone paragraph opening with ‘ and not reopened stays prose', () => {
    const lone = 'Vellmar in winter\n\n‘Tis the season of gales in Vellmar, and the slipway lies empty.\n\nThe ferry sails twice a week.';
    expect(quotes(lone)).toEqual([]);
  });
});

describe('the people around someone speak as a group, not as that person', () => {
  const lead = 'Tom Hale, the ferryman of Vellmar, drowned on Friday.\n\n';

  it('"Hale’s relatives said" — and the opening "Later" is no part of the name', () => {
    expect(speakers(lead + 'Later Hale’s relatives said they felt “hollowed out”.')).toEqual(['Hale’s relatives']);
  });

  it('"old crewmates", "parents", "loved ones"', () => {
    expect(speakers(lead + 'Tom Hale’s old crewmates say they feel “adrift”.')).toEqual(['Tom Hale’s old crewmates']);
    expect(speakers(lead + 'Hale’s parents said: “The tide took our boy.”')).toEqual(['Hale’s parents']);
    expect(speakers(lead + 'Hale’s loved ones called him “a lantern on the quay”.')).toEqual(['Hale’s loved ones']);
  });

  it('guard: "Hale’s widow said" is one person, kept as written', () => {
    expect(speakers(lead + 'Hale’s widow said he was “steady as a keel”.')).toEqual(['Hale’s widow']);
  });
});

describe('two people named alone and joined by "and" before a comma speak together', () => {
  const lead = 'Tom Hale, the ferryman of Vellmar, drowned on Friday.\n\n';

  it('in apposition to who they are ("Morrow’s nieces, Ada Morrow and Laura Morrow, called …")', () => {
    expect(speakers(lead + 'Piet Morrow’s nieces, Ada Morrow and Laura Morrow, called the ferryman “a second father”.')).toEqual([
      'Ada Morrow and Laura Morrow',
    ]);
  });

  it('before a comma and "said:"', () => {
    expect(speakers(lead + 'Ada Morrow and Laura Morrow, said: “The slipway is silent without his songs.”')).toEqual(['Ada Morrow and Laura Morrow']);
  });

  it('guard: "Ana Lind and her deputy Tom Ellery, who sailed with him, said" is still the deputy', () => {
    expect(speakers(lead + 'Ana Lind and her deputy Tom Ellery, who sailed with him, said: “The bay is poorer.”')).toEqual(['Tom Ellery']);
  });
});

describe('whom a pronoun stands for', () => {
  it('one cited with "according to" and a description in apposition spoke last', () => {
    const text =
      'Ada Lind said the pier was “in ruins”.\n\n' +
      'The council may welcome the rumour, according to Laura Quillon, a historian at the Vellmar Institute.\n\n' +
      '“Whoever lit the blaze, the town will read it as a warning,” she said.';
    expect(speakers(text)).toEqual(['Ada Lind', 'Laura Quillon']);
  });

  it('one who "said" after a description in apposition spoke last', () => {
    const text =
      'Ada Lind said the pier was “in ruins”.\n\n' +
      'The council may welcome the rumour, Laura Quillon, a historian at the Vellmar Institute, said.\n\n' +
      '“Whoever lit the blaze, the town will read it as a warning,” she said.';
    expect(speakers(text)).toEqual(['Ada Lind', 'Laura Quillon']);
  });

  it('a name that only says whose a noun is ("the old Morrow deckhand") is no subject', () => {
    const text =
      'Tom Hale said on Friday the sinking did “not shock” him, though Piet Morrow denied any part in it.\n\n' +
      '“Little moves in this harbour without Morrow,” Hale told the radio.\n\n' +
      '“Yet I cannot say for sure” what became of the old Morrow deckhand, he said.';
    expect(speakers(text)).toEqual(['Tom Hale', 'Tom Hale', 'Tom Hale']);
  });

  it('guard: "the late Morrow" before a verb is still the subject', () => {
    const text = 'Piet Morrow ran the ferry for forty years.\n\nIn his last interview the late Morrow said the sea was “a kind master”.';
    expect(speakers(text)).toEqual(['Piet Morrow']);
  });
});

describe('a numbered role ("the 12th president") is one the article named with that title', () => {
  it('points back to a former holder', () => {
    const text =
      'Tom Hale, the ferryman of Vellmar, drowned on Friday.\n\n' +
      'Former President Tom Ellery praised Hale as “a rare sailor”.\n\n' +
      'The 12th president added that he had “learned the sea from him”.';
    expect(speakers(text)).toEqual(['Tom Ellery', 'Tom Ellery']);
  });
});

describe('reporting clauses of translated copies', () => {
  it('Spanish plural sources with no article ("dijeron fuentes portuarias", "confirmaron fuentes municipales")', () => {
    const text =
      'El transbordador naufragó el viernes en Vellmar.\n\n' +
      '“El ferry zarpó tarde”, dijeron fuentes portuarias.\n\n' +
      '“Nadie resultó herido”, confirmaron fuentes municipales.';
    expect(speakers(text)).toEqual(['fuentes portuarias', 'fuentes municipales']);
  });

  it('"confirmó" is a verb of saying', () => {
    expect(speakers('El transbordador naufragó.\n\n“El casco cedió a medianoche”, confirmó Ana Lind.')).toEqual(['Ana Lind']);
  });

  it('an opening "Aunque" is no part of the subject', () => {
    const text = 'El transbordador naufragó.\n\nAunque fuentes próximas a la naviera dijeron que la flota cuenta con “varios” buques.';
    expect(speakers(text)).toEqual(['fuentes próximas a la naviera']);
  });

  it('where it was said is no part of who said it ("ha scritto la capitaneria su Facebook")', () => {
    const text = 'Il traghetto è affondato.\n\nSecondo il porto, “il traghetto trasportava venti passeggeri”, ha scritto la capitaneria su Facebook.';
    expect(speakers(text)).toEqual(['la capitaneria']);
  });

  it('"as X said" opening a sentence names its source (Wie … mitteilte, Como explicó, Come ha spiegato)', () => {
    const text =
      'Die Fähre ist gesunken.\n\n' +
      'Wie die Küstenwache mitteilte, war auch der Kapitän Tom Ellery "unter den Geretteten".\n\n' +
      'Como explicó el capitán, la nave llevaba “veinte pasajeros”.\n\n' +
      'Come ha spiegato la capitaneria, il traghetto era “in ritardo”.';
    expect(speakers(text)).toEqual(['die Küstenwache', 'el capitán', 'la capitaneria']);
  });

  it('a verb after "según" is no part of the source ("según confirmaron fuentes portuarias, …")', () => {
    const text =
      'Tom Hale murió en Vellmar, según confirmaron fuentes portuarias, que dijeron a la radio que el hombre habría "resbalado en el muelle".\n\n' +
      'Según informó la capitanía, el barco llevaba “veinte personas”.';
    expect(speakers(text)).toEqual(['fuentes portuarias', 'la capitanía']);
  });

  it('guard: "Wie berichtet," names nobody', () => {
    expect(speakers('Die Fähre ist gesunken.\n\nWie berichtet, hat die Stadt den Anleger „gesperrt“.')).toEqual([null]);
  });

  it('the name a description opens with ("son agence de voyages Cap Nord", "la emisora Radio Vellmar")', () => {
    const text =
      'Tom Ellery est mort jeudi à Vellmar, "entouré des siens", a indiqué son agence de voyages Cap Nord.\n\n' +
      '“El ferry se retrasó”, informó la emisora Radio Vellmar.';
    expect(speakers(text)).toEqual(['Cap Nord', 'Radio Vellmar']);
  });

  it('guard: "le ministère de la Mer" and "die örtliche Hafenbehörde Vellmar" stay whole', () => {
    const text =
      'Le ferry a coulé.\n\n“La digue a cédé”, a affirmé le ministère de la Mer.\n\n' +
      '„Die Fähre ist gesunken“, teilte die örtliche Hafenbehörde Vellmar mit.';
    expect(speakers(text)).toEqual(['le ministère de la Mer', 'die örtliche Hafenbehörde Vellmar']);
  });
});

describe('a copy cut from its lead, opening with a pronoun nobody named before', () => {
  const text =
    '“I will hand over the harbour once the board picks a successor,” he said on Monday from the pier, according to Radio North.\n\n' +
    '“Every tide I have known here tells me to stay,” the mayor said.\n\n' +
    'The news arrives weeks after the deputy mayor, Ada Lind, resigned.\n\n' +
    'Mayor Tom Hale, 52, has run the town since 2015.';

  it('the pronoun stands for whom the next quotation is given', () => {
    expect(speakers(text)).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('guard: not when the sex of the next speaker differs', () => {
    expect(speakers(text.replace('” he said', '” she said'))).toEqual([null, 'Tom Hale']);
  });
});

describe('roles written with a hyphen, or by party, speak as subjects', () => {
  it('"the co-founder said that", "the president-elect said that"', () => {
    const lead = 'The ferry line was sold on Monday.\n\n';
    expect(speakers(lead + 'On Tuesday the co-founder said that the sale was “a relief”.')).toEqual(['the co-founder']);
    expect(speakers(lead + 'On Tuesday the president-elect said that the sale was “a relief”.')).toEqual(['the president-elect']);
  });

  it('after an opening phrase of time with no comma ("On Tuesday the mayor said that …")', () => {
    expect(speakers('The ferry line was sold on Monday.\n\nOn Tuesday the mayor said that the sale was “a relief”.')).toEqual(['the mayor']);
  });

  it('guard: a speech word after a hyphenated modifier is a noun ("the late-night statement said")', () => {
    expect(speakers('The ferry line was sold.\n\nA flurry of late-night posts called the sale “a relief”.')).toEqual([null]);
  });

  it('"the Harbour Party member" is the one the paragraph before is about', () => {
    const text = 'The Harbour Party leader Ada Lind ruled out a pact with the mayor.\n\n“It is the same crew on the same boat,” said the Harbour Party member.';
    expect(speakers(text)).toEqual(['Ada Lind']);
  });

  it('French "S’il …, X a reconnu" is not a speaker called "S’il"', () => {
    const text = 'Tom Hale quitte la mairie de Vellmar.\n\nS’il se dit « marin », Tom Hale a reconnu vouloir partir.';
    expect(speakers(text)).toEqual(['Tom Hale']);
  });
});

describe('whom a source cites is no part of the source', () => {
  it('"reported Radio North quoting sources", "Radio North said, citing two officials"', () => {
    const text =
      'The ferry owners were dismissed on Monday.\n\n' +
      '“Hale and Lind were on the quay when the sale closed,” reported Radio North quoting sources.\n\n' +
      '“The sale closed at noon,” Radio North said, citing two officials.';
    expect(speakers(text)).toEqual(['Radio North', 'Radio North']);
  });
});

describe('a statement whose words the sentence before has a named person tell', () => {
  it('"…, his spokeswoman Ada Berg told the agency. He went “…”, the statement said"', () => {
    const text =
      'Tom Hale died at 89 at his house on the quay, his spokeswoman Ada Berg told the agency. He went "with the sea in sight", the statement said. "Every pier will miss him."';
    expect(speakers(text)).toEqual(['Ada Berg', 'Ada Berg']);
  });

  it('German: "…, sagte seine Sprecherin Ada Berg der Agentur. … hieß es in einer Mitteilung"', () => {
    const text =
      'Tom Hale ist tot. Er sei mit 89 Jahren verstorben, sagte seine Sprecherin Ada Berg der Agentur. Er sei "mit Blick auf das Meer gegangen", hieß es in einer Mitteilung.';
    expect(speakers(text)).toEqual(['Ada Berg']);
  });

  it('guard: with nobody telling it, the German statement keeps its own words', () => {
    expect(speakers('Das Hafenamt trauert.\n\nTom Hale sei "friedlich eingeschlafen", hieß es in einer Mitteilung.')).toEqual(['einer Mitteilung']);
  });
});

describe('three or more people listed as the subject speak together, as written', () => {
  const lead = 'Tom Hale, 95, died at home. His daughters Ada Hale, Laura Hale and Jane Hale survive him.\n\n';

  it('after the quotation, with or without the last comma', () => {
    expect(speakers(lead + '“We mourn our father with the whole town,” Ada, Laura, and Jane posted on Radio North’s page.')).toEqual(['Ada, Laura, and Jane']);
    expect(speakers(lead + '“He was our lighthouse,” Ada, Laura and Jane wrote.')).toEqual(['Ada, Laura and Jane']);
  });

  it('before it ("Ada, Laura and Jane wrote: …")', () => {
    expect(speakers(lead + 'Ada, Laura and Jane wrote: “He was our lighthouse.”')).toEqual(['Ada, Laura and Jane']);
  });

  it('guard: a list with a word that names nobody is not a list of speakers', () => {
    expect(speakers(lead + 'Ada, Laura and the crew wrote: “He was our lighthouse.”')).not.toEqual(['Ada, Laura and the crew']);
  });
});

describe('single marks opened after a colon and reopened in the next paragraph; a photo credit is no antecedent', () => {
  const text =
    'Ada Moss stood on the quay.\n\n' +
    'Ada Moss with reporter Tom Ellery at the slipway. Picture: Piet Morrow\n\n' +
    'Speaking at the pier, she said: ‘With this storm I cannot keep the ferry running.\n\n' +
    '‘I have told the board I am stepping down as harbourmaster.’';

  it('both paragraphs are her quotation', () => {
    expect(quotes(text)).toEqual([
      ['With this storm I cannot keep the ferry running.', 'Ada Moss'],
      ['I have told the board I am stepping down as harbourmaster.', 'Ada Moss'],
    ]);
  });

  it('guard: a single mark the paragraph closes is no quotation running on', () => {
    const closed = 'Ada Moss stood on the quay.\n\nShe said: ‘The ferry stops tonight.’\n\n‘Tis the season of gales.';
    expect(quotes(closed)).toEqual([['The ferry stops tonight.', 'Ada Moss']]);
  });
});
