/**
 * Speaker and name shapes of the twenty-first session, written from scratch with made-up names, places and sentences
 * (a rockslide that buried the made-up Halvik valley railway). Tests marked "guard" pass on the start code too: they
 * pin what a rule must not break. Real country names appear only where the rule depends on knowing a place.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-05-14' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

const HEAD = 'Rockslide buries the Halvik valley railway\n\n';

describe('a translated copy’s role of a country finds the person holding it', () => {
  it('Spanish "el presidente de Chile calificó …" then a bare "ha dicho": the Chilean president', () => {
    expect(
      speakers(
        `${HEAD}El presidente chileno Teodor Vashti visitó la estación de Halvik con Mira Kaltenbrun.\n\nPor la tarde, el presidente de Chile calificó el rescate de "ejemplar". "Los equipos trabajaron toda la noche", ha dicho después.`,
      ),
    ).toEqual(['Teodor Vashti', 'Teodor Vashti']);
  });

  it('German "fügte der US-Präsident hinzu": the US president named before', () => {
    expect(speakers(`${HEAD}US President Teodor Vashti rief Mira Kaltenbrun an. «Wir schicken Hubschrauber», fügte der US-Präsident hinzu.`)).toEqual([
      'Teodor Vashti',
    ]);
  });

  it('German "Der US-Präsident sagte danach", after the title "US-Präsident" before the name: that president', () => {
    expect(
      speakers(
        `${HEAD}US-Präsident Teodor Vashti besuchte die Unglücksstelle mit Mira Kaltenbrun. Der US-Präsident sagte danach, die Strecke müsse "so schnell wie möglich" wieder öffnen.`,
      ),
    ).toEqual(['Teodor Vashti']);
  });
});

describe('whom something was said to is not its speaker', () => {
  it('French "a déclaré Jovan Stelle à Agata Prill": Stelle speaks', () => {
    expect(speakers(`${HEAD}« Le tunnel tiendra », a déclaré Jovan Stelle à Agata Prill. « Rien n’est sûr », a répondu Agata Prill.`)).toEqual([
      'Jovan Stelle',
      'Agata Prill',
    ]);
  });

  it('German "sagte ein Bergführer gegenüber RTL": the guide, not the broadcaster', () => {
    expect(speakers(`${HEAD}„Der Hang hat seit Tagen geknackt“, sagte ein Bergführer gegenüber RTL.`)).toEqual(['ein Bergführer']);
  });

  it('guard: "témoigne un cheminot vivant à Halvik" keeps the place in the described speaker', () => {
    expect(speakers(`${HEAD}« Tout a tremblé d’un coup », témoigne un cheminot vivant à Halvik.`)).toEqual(['un cheminot vivant à Halvik']);
  });
});

describe('naming something in one’s own words, and posting', () => {
  it('"He referred to the valley as “…”": the subject of "referred to"', () => {
    expect(speakers(`${HEAD}Jovan Stelle drove up from the coast on Sunday. He referred to the valley as “a place that forgets nothing”.`)).toEqual([
      'Jovan Stelle',
    ]);
  });

  it('guard: "The Highlanders refers to …" after a quotation is no speaker of it', () => {
    expect(speakers(`${HEAD}A banner on the bridge read, “Highlanders back the railway.” The Highlanders refers to a walking club of the pass.`)).toEqual([
      null,
    ]);
  });

  it('"…, with Agata Prill posting online that …“…”": the one posting', () => {
    expect(
      speakers(`${HEAD}Jovan Stelle left the depot meeting before the vote, with Agata Prill posting online that the line “will not reopen this year”.`),
    ).toEqual(['Agata Prill']);
  });
});

describe('one quoted by name right before the quotation speaks', () => {
  it('"he quoted Agata Prill: “…”": Prill, not the one quoting', () => {
    expect(
      speakers(`${HEAD}Jovan Stelle spoke to the crowd at the station. He quoted Agata Prill: “A valley is only as strong as its slowest train.”`),
    ).toEqual(['Agata Prill']);
  });

  it('guard: "quoted Prill’s “motto”" quotes a thing of hers; the quoting subject keeps it', () => {
    expect(speakers(`${HEAD}Agata Prill retired last year. Jovan Stelle quoted Prill’s “motto” at the station.`)).toEqual(['Jovan Stelle']);
  });

  it('"…”, the Halvik Courier reported quoting the survivor as saying.": the survivor', () => {
    expect(
      speakers(
        `${HEAD}Passengers crawled under the seats. “The lights went out and then the roof came down”, the Halvik Courier reported quoting the survivor as saying.`,
      ),
    ).toEqual(['the survivor']);
  });

  it('"…,” the Halvik Courier quoted her as saying.": the woman the pronoun stands for', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle drove the first train out.\n\nAgata Prill was in the last carriage. It filled with “dust and shouting,” the Halvik Courier quoted her as saying.`,
      ),
    ).toEqual(['Agata Prill']);
  });
});

describe('a pronoun is not one named inside the participle clause that opens its sentence', () => {
  it('"Asked whether Stelle had ignored the warnings, he told …": the man named before, not Stelle', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle kept the passengers of the first train together on Monday.\n\nOren Bask stayed at the depot until late that night.\n\nAsked whether Stelle had ignored the warnings, he told a local radio host: "Nobody ignored anything."`,
      ),
    ).toEqual(['Oren Bask']);
  });
});

describe('people named by one word, and people described', () => {
  it('"…,” said Saida, who would not give her family name" and "Ruvel, from a farm above the line, told …": people', () => {
    const source = `${HEAD}“The whole slope came down at once,” said Saida, who would not give her family name.\n\nRuvel, from a farm above the line, told reporters the noise was “like a train that never ended”.`;
    expect(speakers(source)).toEqual(['Saida', 'Ruvel']);
    expect(people(source)).toEqual(['Saida', 'Ruvel']);
  });

  it('French "a déclaré Saida, qui …": a person', () => {
    expect(people(`${HEAD}« Les rochers ont couvert les rails », a déclaré Saida, qui habite au-dessus de la gare.`)).toEqual(['Saida']);
  });

  it('guard: one word an organisation could be ("…,” said Halvikrail.") is no person', () => {
    expect(people(`${HEAD}“Services are suspended until further notice,” said Halvikrail.`)).toEqual([]);
  });

  it('"…,” one of the volunteers told the crowd.": some of a group of people', () => {
    expect(
      speakers(`${HEAD}The guides closed the upper path at noon. “We could hear the stones before we saw them,” one of the volunteers told the crowd.`),
    ).toEqual(['one of the volunteers']);
  });

  it('"…,” a witness, who rents out bicycles, told AFP.": the witness, not the agency', () => {
    expect(speakers(`${HEAD}“The rocks came out of the fog,” a witness, who rents out bicycles, told AFP.`)).toEqual(['a witness']);
  });

  it('"An elderly man was heard begging, “…”": the man', () => {
    expect(
      speakers(`${HEAD}Rescuers reached the carriage at noon. An elderly man was heard begging, “Get the children out first,” as they cut the door.`),
    ).toEqual(['an elderly man']);
  });

  it('"Stelle’s letter to the board is blunt: “…”" opening a paragraph: the one who wrote it', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle runs the line’s repair crews.\n\nStelle’s letter to the board is blunt: “We cannot open the tunnel before the slope is pinned.”`,
      ),
    ).toEqual(['Jovan Stelle']);
  });

  it('"the eldest Cardinal Deacon" is a role, not a person named Deacon', () => {
    const source = `${HEAD}After the mass, the eldest Cardinal Deacon spoke to the families: “We pray for the valley.”`;
    expect(people(source)).toEqual([]);
    expect(speakers(source)).toEqual(['the eldest Cardinal Deacon']);
  });

  it('"Kyu Nwe Hla, whose 40-year-old twin brother drove the last train, …": a person, with two words before the kin', () => {
    const source = `${HEAD}Kyu Nwe Hla, whose 40-year-old twin brother drove the last train, waited at the station all night. “He always calls when he is late,” she told a local radio station.`;
    expect(people(source)).toEqual(['Kyu Nwe Hla']);
    expect(speakers(source)).toEqual(['Kyu Nwe Hla']);
  });

  it('"Farmers like Jonas Hartl, 61, lost … “…,” he said.": the one named as the example', () => {
    expect(
      speakers(
        `${HEAD}Police officer Tomas Vell said his teams had worked through the night. “We dig with our hands,” he said.\n\nFarmers like Jonas Hartl, 61, lost most of their herds overnight. “The barn is simply gone,” he said.`,
      ),
    ).toEqual(['Tomas Vell', 'Jonas Hartl']);
  });
});

describe('described people and roles who announce a quotation', () => {
  it('"The daughter of another guard told …" then "“…,” she said": the daughter, not the uncle who spoke before', () => {
    expect(
      speakers(
        `${HEAD}The uncle of one guard told a radio station that the men had been “sent up without helmets” that morning. The daughter of another guard told the station her father had phoned at dawn.\n\n“He sounded tired but calm,” she said.`,
      ),
    ).toEqual(['the uncle of one guard', 'the daughter of another guard']);
  });

  it('"The senior nurse went through the list: “…”": the nurse, with one word before the role', () => {
    expect(speakers(`${HEAD}The senior nurse went through the list: “Eleven are in the ward and two went home.”`)).toEqual(['the senior nurse']);
  });

  it('a paragraph "At the altar, the senior priest read a short blessing:" announces the quotation of the next one', () => {
    expect(speakers(`${HEAD}At the altar, the senior priest read a short blessing for the crews:\n\n“May every road bring you home.”`)).toEqual([
      'the senior priest',
    ]);
  });

  it('guard: a paragraph "The figures were these:" announces no speaker', () => {
    expect(speakers(`${HEAD}The figures were these:\n\n“Closed” lines: four.`)).toEqual([null]);
  });

  it('Spanish "Desde el andén, contó …: “…”": the one the paragraph before is about (the subject is in the verb)', () => {
    expect(
      speakers(
        `${HEAD}"Se apagaron las luces", dijo Ivo Brandt a la radio local. Lleva una venda en el brazo.\n\nDesde el andén, contó cómo salió del vagón: "No se veía nada".`,
      ),
    ).toEqual(['Ivo Brandt', 'Ivo Brandt']);
  });

  it('"Rail inspector K.T. Varnak confirmed …. “…,” he stated.": joined initials end no sentence', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle walked out of the tunnel on his own. “I just followed the rails,” he told a reporter.\n\nRail inspector K.T. Varnak confirmed that Stelle had been the driver. “Nobody else is inside,” he stated.`,
      ),
    ).toEqual(['Jovan Stelle', 'K.T. Varnak']);
  });

  it('"Rail managers, like depot chief Ana Wirtz, have insisted they “…”": the one named as the example', () => {
    expect(speakers(`${HEAD}Rail managers, like depot chief Ana Wirtz, have insisted they “saw no sign of the slide,” though hikers had warned them.`)).toEqual(
      ['Ana Wirtz'],
    );
  });

  it('German "Tilo Kolb aus Halvik:" then a paragraph that opens with a pictograph and the quotation: Kolb', () => {
    expect(speakers(`${HEAD}Im Dorf warten viele noch auf Nachricht. Tilo Kolb aus Halvik:\n\n🗣️ „Wir saßen die ganze Nacht im Keller.“`)).toEqual([
      'Tilo Kolb',
    ]);
  });
});

describe('whose words, when a noun of saying or a role stands between', () => {
  it('"laughed off Stelle’s comments about the “…”": the one whose comments they are ("comments" is no verb there)', () => {
    expect(speakers(`${HEAD}Agata Prill laughed off Jovan Stelle’s comments about the “cursed tunnel” at the meeting.`)).toEqual(['Jovan Stelle']);
  });

  it('guard: "called Stelle’s comments on the repairs a “…”": the one calling them so', () => {
    expect(speakers(`${HEAD}Agata Prill called Jovan Stelle’s comments on the repairs a “bad joke”.`)).toEqual(['Agata Prill']);
  });

  it('guard: "criticised Stelle’s repeated calls for a shutdown, noting the “…”": the one criticising', () => {
    expect(
      speakers(`${HEAD}Agata Prill, who drives the night train, criticised Jovan Stelle’s repeated calls for a shutdown, noting the “cost to every farm”.`),
    ).toEqual(['Agata Prill']);
  });

  it('German "…, so Vashti." closing a sentence after a fragment: Vashti', () => {
    expect(speakers(`${HEAD}Die Gespräche in Halvik dauerten drei Stunden. Die Reparatur werde "mehrere Wochen" dauern, so Teodor Vashti.`)).toEqual([
      'Teodor Vashti',
    ]);
  });

  it('"The president added …" after Oren Bask spoke, with "Council President Agata Prill" named only further down: Bask', () => {
    expect(
      speakers(
        `${HEAD}“The line opens when the slope is safe,” Oren Bask told reporters at the depot.\n\nNo date was given.\n\nThe president added that the repairs were going “better than hoped”.\n\n“We need another month,” he said later.\n\nHalvik Council President Agata Prill has not commented.`,
      ),
    ).toEqual(['Oren Bask', 'Oren Bask', 'Oren Bask']);
  });
});

describe('a role in an article’s opening that nobody holds', () => {
  it('"…, the prosecutor has said." then "Mara Velde said …" in the next paragraph: Velde', () => {
    expect(
      speakers(
        `${HEAD}A driver held after the crash has “accepted some blame” for the speed, the prosecutor has said.\n\nMara Velde said the driver would appear in court on Monday.`,
      ),
    ).toEqual(['Mara Velde']);
  });

  it('guard: the one speaking next is described as someone else ("Station master Ivo Pell said"): the role stays as written', () => {
    expect(
      speakers(
        `${HEAD}A driver held after the crash has “accepted some blame” for the speed, the prosecutor has said.\n\nStation master Ivo Pell said the driver had worked a double shift.`,
      ),
    ).toEqual(['the prosecutor']);
  });
});
