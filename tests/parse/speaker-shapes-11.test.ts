/**
 * Speaker and name shapes of the eleventh session, each found on a development set (sets 24–33) and written here
 * with made-up names and sentences: reporting clauses of translated copies (French, Spanish, German, Italian),
 * a middle name or patronymic written or left out, a spelling's own surname, a long inverted clause, a title
 * modifier in -ing, an apposition that lost its comma, a role without its article, a role someone's possessor has,
 * the person a paragraph ends by reporting, and a sentence's full stop inside an organisation's name.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source });
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

describe('reporting clauses of translated copies', () => {
  it('French: a verb in the present, a day between the verb and its speaker, and an office kept as written', () => {
    expect(speakers('Pont fermé\n\nLe pont restera fermé. « La cérémonie sera sobre » précise Tomas Brel.')).toEqual(['Tomas Brel']);
    expect(speakers('Pont fermé\n\n« Sur les 40 blessés, 12 restent hospitalisés », a précisé mercredi le porte-parole des pompiers.')).toEqual([
      'le porte-parole des pompiers',
    ]);
    expect(speakers('Pont fermé\n\n« Un homme a frappé la rambarde », écrit de son côté un témoin sur les réseaux sociaux.')).toEqual(['un témoin']);
  });

  it('French and Italian: a source named with "selon" / "secondo" before the quotation', () => {
    expect(speakers('Train\n\nMais, selon les médias locaux, il s’agit du « pire accident que le pays ait connu ».')).toEqual(['les médias locaux']);
  });

  it('Spanish: "dijo uno de los médicos que …", "indicó el ente rector en un comunicado"', () => {
    expect(speakers('Ataque\n\n«Estaba sangrando mucho», dijo uno de los médicos que lo atendió.')).toEqual(['uno de los médicos']);
    expect(speakers('Sanción\n\nLind estará apartado “mientras se tramita el procedimiento”, indicó el ente rector en un comunicado.')).toEqual([
      'el ente rector',
    ]);
  });

  it('German: „…“, teilte Sprecher Ana Lind mit; Italian: ha scritto Lind su X / si legge in una nota', () => {
    expect(speakers('Tot\n\n„Mit Trauer teile ich mit, dass er gestorben ist“, teilte Sprecher Ana Lind am Morgen mit.')).toEqual(['Ana Lind']);
    expect(speakers('Morto\n\n"Non ne abbiamo ancora conferma", ha scritto Ana Lind su X.')).toEqual(['Ana Lind']);
    expect(speakers('Morto\n\n"Sono state eseguite tutte le misure necessarie", si legge in una nota.')).toEqual(['una nota']);
  });

  it('a foreign verb of saying is one: a reporting clause later in the sentence is read', () => {
    expect(speakers('Sanción\n\nLind estará apartado “mientras se tramita el procedimiento” contra él el jueves, indicó el ente rector.')).toEqual([
      'el ente rector',
    ]);
  });
});

describe('titles', () => {
  it('do not reach back over the full stop that ends a sentence (“… met the mayor. Ana Lind said”)', () => {
    const r = parse('Talks\n\nTom Hale said he met the mayor. Ana Lind said she was hopeful. Former Gov. Jed Bosh said no.');
    expect(r.people.map((p) => [p.name, p.titles])).toEqual([
      ['Tom Hale', []],
      ['Ana Lind', []],
      ['Jed Bosh', ['Former Gov']],
    ]);
  });
});

describe('one person under several forms of the name', () => {
  it('a middle name or a patronymic, written or left out, is the same person', () => {
    const source =
      'Widow speaks\n\nYulia Borisovna said she would go on.\n\nYulia Borisovna Petrova told the press she was ready.\n\nYulia Petrova said she thanked her team.';
    expect(people(source)).toEqual(['Yulia Borisovna Petrova']);
    expect(people('Talks\n\nAna Maria Lind said she met the mayor. Ana Lind said she was hopeful.')).toEqual(['Ana Maria Lind']);
  });

  it('a surname written in one spelling’s form names the person of both spellings', () => {
    const r = parse(
      'Appeal\n\nYulia Navalna said she would speak in Munich.\n\nYulia Navalnaïa said she asked for help.\n\n“We are responsible,” said Ms Navalnaïa.',
    );
    expect(r.people).toHaveLength(1);
    expect(r.people[0]!.aliases).toEqual(expect.arrayContaining(['Yulia Navalna', 'Yulia Navalnaïa', 'Ms Navalnaïa']));
    expect(r.quotes.map((q) => q.speaker?.personId)).toEqual([r.people[0]!.id]);
  });
});

describe('reporting clauses read further', () => {
  it('an inverted clause whose speaker phrase runs on before its comma', () => {
    expect(
      speakers(
        'Suspect named\n\n“I think I can confirm it, yes,” replied Interior Minister Ana Lind to journalists who questioned her about the identity of the shooter, who according to media reports is a founder of a literary club, in the town of Levice.',
      ),
    ).toEqual(['Ana Lind']);
  });

  it('an apposition that lost its closing comma: the name speaks, not "a resident"', () => {
    expect(speakers('Shots\n\n“I do not think I will wake up from this,” Ana Vesela, a 66-year-old resident told reporters.')).toEqual(['Ana Vesela']);
  });

  it('a title modifier in -ing ("outgoing") does not make the name after it an object', () => {
    expect(
      speakers(
        'Shots\n\nThe prime minister was shot on Wednesday.\n\nOutgoing president Mara Kovac was the first to speak, calling the “brutal” assault a crime.',
      ),
    ).toEqual(['Mara Kovac']);
  });

  it('a role without its article ("German chancellor said") is the person holding that title', () => {
    expect(
      speakers(
        'Death in prison\n\nGerman Chancellor Olaf Brandt said he was “very sad” about the reports.\n\n“He has paid for his courage with his life,” German chancellor said.',
      ),
    ).toEqual(['Olaf Brandt', 'Olaf Brandt']);
  });

  it('“X’s wife” is someone else than X: the one the article calls his wife, else the role as written', () => {
    expect(speakers('Appeal\n\nYulia Lind, the wife of Petr Lind, spoke in Munich.\n\nVolkov must be “punished,” says Lind’s wife.')).toEqual(['Yulia Lind']);
    expect(speakers('Appeal\n\nPetr Lind died in prison.\n\nVolkov must be “punished,” says Lind’s lawyer.')).toEqual(['Lind’s lawyer']);
  });

  it('the person a paragraph ends by reporting ("as … Zelenko says") speaks the quotation opening the next', () => {
    const source =
      'Killed\n\nThere is no reason to doubt it, Joe Bidwell said. “We do not know the details,” he said.\n\n' +
      'Petr Lind was killed by Ivan Volkov, as President Mykola Zelenko says at a press conference.\n\n' +
      '“It has just been reported that Petr Lind died. He was killed by Volkov.”';
    expect(speakers(source)).toEqual(['Joe Bidwell', 'Mykola Zelenko']);
  });
});

describe('organisations named before “the ministry said”', () => {
  it('end at the full stop of the sentence before, not in it', () => {
    const source =
      'Aid accepted\n\nThe kingdom accepted help from Spain and the United Arab Emirates. The Ministry of the Interior said the teams were welcome.\n\n' +
      'The offers were accepted “after a careful assessment,” the ministry stated.';
    expect(speakers(source)).toEqual(['the Ministry of the Interior']);
  });
});

describe('who is a person', () => {
  it('an occupation in apposition is a role ("Tomas Marek, a retired coal miner,")', () => {
    expect(parse('Shot\n\nIt was clear to Tomas Marek, a retired coal miner, who was responsible.').people.map((p) => [p.name, p.titles])).toEqual([
      ['Tomas Marek', ['retired coal miner']],
    ]);
  });

  it('a city that is also a given name opens a name before one surname ("Milan Marek")', () => {
    expect(people('Shot\n\nIt was clear to Milan Marek, a retired teacher, who was responsible.')).toEqual(['Milan Marek']);
    expect(people('Shot\n\nThe train from Milan arrived late, and Milan Cathedral was shut.')).toEqual([]);
  });

  it('one word before a medium’s noun is a platform ("his official Facebook account")', () => {
    expect(people('Shot\n\nAccording to his official Facebook account, Lind’s condition is life-threatening.')).toEqual([]);
  });
});

describe('speakers carried from the sentences before', () => {
  it('a paragraph ending in “She asked that …” hands its pronoun to the quotation opening the next', () => {
    const source =
      'Attack\n\nPresident Zora Kovac said the attack was shocking, speaking on Wednesday.\n\n' +
      'The head of state called it an attack on democracy, adding that violence is unacceptable. She asked that no snap judgements be made.\n\n' +
      '“I am shocked, we are all shocked.”';
    expect(speakers(source)).toEqual(['Zora Kovac']);
  });

  it('someone described, not named, who speaks in the sentence before is who “he replied” stands for', () => {
    const source =
      'Suspect\n\nInterior Minister Tom Estok said the man was a writer.\n\n' +
      'The suspect’s son told a news site that his father had a registered gun. Asked about his father’s views, he replied, “I will tell you one thing: he did not vote for him.”';
    expect(speakers(source)).toEqual(['the suspect’s son']);
  });
});

describe('sources described before their name', () => {
  it('a people’s noun before a name is no part of it ("Swede Lars Ekdahl"), and "Vice Commandant" is a title', () => {
    expect(people('Crash\n\nSwede Lars Ekdahl, 16, told a newspaper that the ferry deck was full of smoke.')).toEqual(['Lars Ekdahl']);
    expect(speakers('Crash\n\n“We are deeply sorry,” Vice Commandant Kenta Morimura said.')).toEqual(['Kenta Morimura']);
  });

  it('a described person speaks even when a phrase follows the noun ("a passenger on the Harbour Air flight")', () => {
    expect(speakers('Crash\n\n“I felt a boom,” a passenger on the Harbour Air flight told Kyodo news agency.')).toEqual([
      'a passenger on the Harbour Air flight',
    ]);
  });

  it('a description of a medium’s kind gives way to its name, but an office keeps its whole name', () => {
    expect(
      speakers(
        'Crash\n\nFlight tracking website Flightradar24 wrote in a post on X, “The flight collided with a plane.”\n\nPublic broadcaster NHK said “five people died”.',
      ),
    ).toEqual(['Flightradar24', 'NHK']);
    expect(speakers('Spill\n\nThe state Department of Natural Resources said it was “monitoring”.')).toEqual(['the state Department of Natural Resources']);
  });
});

describe('a name the story lends', () => {
  it('keeps its possessive: “who is Lind’s mother” makes no subject of Lind', () => {
    const known = new Map([
      ['Lind', 'Petr Lind'],
      ['Petr Lind', 'Petr Lind'],
    ]);
    const source =
      'Charges\n\nPetr Lind died three days after the stop.\n\n' +
      'Lind’s stepfather, Tom Hale, who spoke to a news agency by phone said that he and his wife Ana Hale, who is Lind’s mother, discussed the charges and are “fine with it.”';
    expect(parseArticle({ id: 'x', source, known }).quotes.map((q) => q.speaker?.name)).toEqual(['Tom Hale']);
  });
});

describe('a quotation standing alone', () => {
  it('is spoken by the one the next paragraph names with “That’s …”', () => {
    expect(
      speakers(
        'Chief reacts\n\n‘In my 36 years, I would have to say I have never been more horrified.’\n\nThat’s Memphis police chief Ana Lind, speaking to a morning show on Friday. Lind was explaining her response.',
      ),
    ).toEqual(['Ana Lind']);
  });
});

describe('a headline’s source after a colon', () => {
  it('is the capitalised words ending it, or the subject of its verb, not the person the headline is about', () => {
    expect(speakers("Lind 'brutally murdered': Latvian President\n\nOpposition leader Petr Lind died in prison on Friday.")).toEqual(['Latvian President']);
    expect(speakers("Lind's death 'unacceptable': Kremlin\n\nOpposition leader Petr Lind died in prison on Friday.")).toEqual(['Kremlin']);
    expect(
      speakers("'Horrified and disgusted': Police chief reacts to the footage\n\nMemphis police chief Ana Davis said she was shocked by the video."),
    ).toEqual(['Ana Davis']);
  });

  it('a bare role there is only someone whose title shares its words', () => {
    expect(speakers("'Horrified and disgusted': Police chief reacts to the footage\n\nOpposition leader Petr Lind said he was shocked.")).toEqual([
      'Police chief',
    ]);
  });
});

describe('more sentences read apart and more people described', () => {
  it('a full stop glued after a closing mark still ends the sentence (’… “deeply concerned”.Thailand’s …’)', () => {
    const source =
      'Attack\n\n"This is a sad moment," Secretary of State Tom Hale told reporters, saying his country was "deeply concerned".Thailand’s Prime Minister Prak Chan was "very shocked" at the shooting.';
    expect(speakers(source)).toEqual(['Tom Hale', 'Tom Hale', 'Prak Chan']);
  });

  it('“a 69-year-old woman who lived a floor below him told Reuters” is someone new, not the one the paragraph before is about', () => {
    const source =
      'Attack\n\nKenji Mori lived on the eighth floor.\n\n"I said hello but he ignored me," a 69-year-old woman who lived a floor below him told Reuters. "It was like I was invisible."';
    expect(speakers(source)).toEqual(['a 69-year-old woman who lived a floor below him', 'a 69-year-old woman who lived a floor below him']);
  });
});
