/**
 * Speaker and name shapes of the twenty-fourth session, written from scratch with made-up names, places and sentences
 * (a landslide in the made-up hill district of Kam Lung, in the made-up country of Norland). Tests marked "guard"
 * pass on the start code too: they pin what a rule must not break.
 */
import { describe, expect, it } from 'vitest';
import { mergePeople, parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-04' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

const HEAD = 'Landslide buries homes in the hills of Norland\n\n';

describe('a place whose words the name lists know as a given name and a surname', () => {
  it('after "in", before a word for a disaster, and after a possessive before "housing estate": no person', () => {
    expect(
      people(
        `${HEAD}A landslide buried homes in Kam Lung on Monday, officials said. The deadly Kam Lung landslide cut the road. Rescuers reached Norland’s Kam Lung housing estate by noon. “We dug all night,” said volunteer Henrike Solberg.`,
      ),
    ).toEqual(['Henrike Solberg']);
  });

  it('written once as "the district of" or "<name> district": it is the place wherever else the article writes it', () => {
    expect(people(`${HEAD}Crews worked in the northern district of Kam Lung through the night.\n\nUpdate: Kam Lung flood: nine missing, roads shut.`)).toEqual(
      [],
    );
    expect(people(`${HEAD}Crews worked in the northern Kam Lung district.\n\nUpdate: Kam Lung flood: nine missing, roads shut.`)).toEqual([]);
  });

  it('a dateline of a town, a wider place and a day opens the first paragraph: the town is no person', () => {
    expect(people('Kam Lung, Norland, 3. März 2025. Ein Erdrutsch hat mehrere Häuser verschüttet, teilte die Polizei mit.')).toEqual([]);
    expect(people('Kam Lung, Norland, March 3, 2025. A landslide buried several homes, the police said.')).toEqual([]);
  });

  it('guard: a name with a possessive after "in" is a person', () => {
    expect(people(`${HEAD}The plan was drawn up in Henrike Solberg’s office, aides said.`)).toEqual(['Henrike Solberg']);
  });
});

describe('a person brought in by part of a name', () => {
  it('"a resident surnamed X" is a person, and the age that stands for them later too', () => {
    const text = `${HEAD}Mayor Henrike Solberg said the road was closed. “We are doing what we can,” Solberg said.\n\nA resident surnamed Oyo told reporters he was at work when the hill gave way.\n\nThe 52-year-old said he saw the terraces “fold like paper.”\n\n“I cannot sleep,” he said.`;
    expect(speakers(text)).toEqual(['Henrike Solberg', 'Oyo', 'Oyo']);
    expect(people(text)).toContain('Oyo');
  });

  it('a quotation closed by "wept" and a person "identified only as" a surname: that person', () => {
    expect(speakers(`${HEAD}Families waited at the school. “Nobody came for three days,” wept one woman identified only as Oyo, holding a torch.`)).toEqual([
      'Oyo',
    ]);
  });
});

describe('words inside a clause a speaker reports', () => {
  it('"She added that …, a practice described as “…”": a verb of calling with no agent leaves the words hers', () => {
    expect(
      speakers(
        `${HEAD}Henrike Solberg leads the inquiry. “We found loose soil,” Solberg said. She added that culverts had been filled with rubble on the upper slope – a habit described as “plain reckless” and later dropped.`,
      ),
    ).toEqual(['Henrike Solberg', 'Henrike Solberg']);
  });

  it('"She added that the drains were described as “…”": a passive names no one who called them so', () => {
    expect(
      speakers(
        `${HEAD}Henrike Solberg leads the inquiry. “We found loose soil,” Solberg said. She added that the culverts were described as “plain reckless” in the first survey.`,
      ),
    ).toEqual(['Henrike Solberg', 'Henrike Solberg']);
  });

  it('guard: a plan the speaker called something, with "she" before the verb, stays hers', () => {
    expect(speakers(`${HEAD}Henrike Solberg attacked a road plan of her rival that she called “a gift to the quarries.”`)).toEqual(['Henrike Solberg']);
  });

  it('guard: a passive of calling with no speaker anywhere gives the words to nobody', () => {
    expect(speakers(`${HEAD}The slope had long been described as “a danger to the valley”.`)).toEqual([null]);
  });

  it('"The chief stressed that he “…,” local media said": the chief, whom the media only carried', () => {
    expect(
      speakers(
        `${HEAD}Prime Minister Tomas Brevik visited on Monday. Brevik pledged an inquiry. The prime minister insisted that he “wants every permit read again,” local radio said.`,
      ),
    ).toEqual(['Tomas Brevik']);
  });

  it('"the DA" after "District Attorney Tomas Brevik": the initials of a title the article gave him', () => {
    expect(
      speakers(
        `${HEAD}District Attorney Tomas Brevik visited on Monday. Brevik pledged an inquiry. The DA insisted that he “wants every permit read again,” local radio said.`,
      ),
    ).toEqual(['Tomas Brevik']);
  });

  it('a clause after the quotation with a subordinate clause inside names nobody by it', () => {
    expect(speakers(`${HEAD}A second villager thought it was ‘a passing lorry’ at first, only running out when a neighbour shouted about the slide.`)).toEqual([
      null,
    ]);
  });
});

describe('names and roles', () => {
  it('a name with two "bin" particles is one person, and the surname alone later is the same person', () => {
    const text = `${HEAD}Norland’s prime minister, Karim bin Salem bin Hadi al-Marzouk, has accused the quarry owners of “reckless greed” on Monday.\n\nAl-Marzouk said the slide was avoidable. “They knew and did nothing,” he told reporters.`;
    expect(people(text)).toEqual(['Karim bin Salem bin Hadi al-Marzouk']);
    expect(speakers(text)).toEqual(['Karim bin Salem bin Hadi al-Marzouk', 'Karim bin Salem bin Hadi al-Marzouk']);
  });

  it('an office written with "for … and … Affairs" before the name: the person, not an organisation', () => {
    expect(
      speakers(
        `${HEAD}UN Under-Secretary-General for Mountain and Water Affairs Mila Draganova wrote that the slide “was foretold in every survey.” She asked owners to “halt the blasting.”`,
      ),
    ).toEqual(['Mila Draganova', 'Mila Draganova']);
  });

  it('"A port official on Monday warned …": the day is no part of who spoke', () => {
    expect(speakers(`${HEAD}A port official on Monday warned about the blasting, calling it a “needless gamble” for the valley.`)).toEqual(['A port official']);
  });

  it('German: a phrase of time or a subordinate clause opens the clause, so the subject follows the verb', () => {
    expect(
      speakers(
        `${HEAD}In einem Brief, der am Montag an den Rat verschickt wurde, schrieb der Minister für Bergbau, Tomas Brevik, dass es „vorerst kein Verbot“ geben werde.`,
      ),
    ).toEqual(['Tomas Brevik']);
    expect(speakers(`${HEAD}Tomas Brevik ist Minister. Im Mai erklärte der Minister, dass es „kein Verbot“ gebe.`)).toEqual(['Tomas Brevik']);
  });

  it('guard: German in the usual order, a name then its verb and a dative object', () => {
    expect(speakers(`${HEAD}Tomas Brevik sagte der Zeitung, es sei „ein bitterer Morgen“.`)).toEqual(['Tomas Brevik']);
  });
});

describe('Portuguese copies', () => {
  it('a reporting clause after the quotation, with a role and the name in apposition: the person, not the speaker before', () => {
    expect(
      speakers(
        `${HEAD}Mila Draganova falou primeiro. “A noite foi fria”, disse Draganova.\n\n“As encostas estão firmes por agora”, disse o governador da região, Tomas Brevik, em entrevista.`,
      ),
    ).toEqual(['Mila Draganova', 'Tomas Brevik']);
  });

  it('a pronoun after the verb, a subject before "afirmou que", and "segundo" closing the sentence', () => {
    expect(speakers(`${HEAD}Mila Draganova é ministra. “Estamos prontos”, afirmou ela.`)).toEqual(['Mila Draganova']);
    expect(speakers(`${HEAD}Mila Draganova é ministra. Ela afirmou que a situação está “sob controle”.`)).toEqual(['Mila Draganova']);
    expect(speakers(`${HEAD}Mila Draganova é ministra. “A estrada está fechada”, segundo a polícia.`)).toEqual(['a polícia']);
  });

  it('a headline role ("Governador afirma …") is the person the body gives that title in lower case', () => {
    expect(
      speakers('Governador afirma que a estrada terá “ajuda rápida”\n\nO governador Tomas Brevik falou à imprensa. “As máquinas chegam hoje”, disse Brevik.'),
    ).toEqual(['Tomas Brevik', 'Tomas Brevik']);
  });

  it('a city written the Portuguese or Spanish way is no person', () => {
    expect(people(`${HEAD}Mila Draganova viajou para Nova York na terça-feira e depois para Londres.`)).toEqual(['Mila Draganova']);
  });

  it('a surname misspelt in the reporting clause is the person the article names, not the speaker before', () => {
    expect(
      speakers(
        `${HEAD}A ministra Mila Draganova venceu. O rival Tomas Brevik falou primeiro. “Foi justo”, disse Brevik.\n\n“O vale será reconstruído”, disse Dragonova à rádio local.`,
      ),
    ).toEqual(['Tomas Brevik', 'Mila Draganova']);
  });
});

describe('reporting clauses after the quotation', () => {
  it('a role, a relative clause between commas, then "said Monday": the role, not the day', () => {
    expect(speakers(`${HEAD}The court met. “The owners read every report and did nothing,” the judge, who chaired the hearing, said Monday.`)).toEqual([
      'the judge',
    ]);
  });

  it('guard: a name, a relative clause between commas, then "said Monday"', () => {
    expect(
      speakers(`${HEAD}The court met. “The owners read every report and did nothing,” Judge Mila Draganova, who chaired the hearing, said Monday.`),
    ).toEqual(['Mila Draganova']);
  });

  it('"Justice" before a name is her title, not a ministry', () => {
    expect(speakers(`${HEAD}“We will appeal the ruling,” Justice Mila Draganova said.`)).toEqual(['Mila Draganova']);
  });

  it('guard: "a Justice Department spokesman" stays a described speaker', () => {
    expect(speakers(`${HEAD}“We will appeal the ruling,” a Justice Department spokesman said.`)).toEqual(['a Justice Department spokesman']);
  });
});

describe('a pronoun after a sentence opened by an age', () => {
  it('"Meanwhile, the 41-year-old …": the sentence is about its subject, not the rival named in it', () => {
    expect(
      speakers(
        `${HEAD}Mayor Tomas Brevik won the vote on Tuesday. “We did it,” Brevik said.\n\nMeanwhile, the 41-year-old mayor went on to thank his old rival, Joran Stel, for “a clean fight”.\n\n“Now the hard part starts,” he said.`,
      ),
    ).toEqual(['Tomas Brevik', 'Tomas Brevik', 'Tomas Brevik']);
  });
});

describe('more shapes of the twenty-fourth session', () => {
  it('a country that speaks stays the country, though the story names a person whose given name it is', () => {
    const meta = { story: 'kam-lung', outlet: 'O', published: '2025-03-04' };
    const one = parseArticle({ id: 'a', source: `${HEAD}Defence Minister Jordan Vale spoke on Monday. “We acted within the law,” Vale said.`, meta } as never);
    const two = parseArticle({ id: 'b', source: `${HEAD}Jordan announced it would send “two rescue teams” to the valley on Monday.`, meta } as never);
    const merged = mergePeople([one, two]);
    expect(merged[1]!.quotes.map((q) => q.speaker)).toEqual([{ name: 'Jordan', personId: null }]);
  });

  it('"called the operation “…”" is speech, not the name of an operation', () => {
    expect(speakers(`${HEAD}Prime Minister Tomas Brevik called the operation “worth every hour,” saying it saved lives.`)).toEqual(['Tomas Brevik']);
  });

  it('guard: "Operation “…”" with no verb of saying names an operation, not a speaker', () => {
    expect(speakers(`${HEAD}The army began Operation “Dry Slope” on Monday.`)).not.toContain('Tomas Brevik');
  });

  it('"with <a long title and a name of several particles> calling …": that person, and the pronoun after', () => {
    expect(
      speakers(
        `${HEAD}Joran Stel said, “It was poorly handled.”\n\nThe province answered at once, with Norland Prime Minister Sheikh Karim bin Nasrulhaqim al-Marzouk calling the blasting “a long scandal”. He said, “We will close every quarry.”`,
      ),
    ).toEqual(['Joran Stel', 'Karim bin Nasrulhaqim al-Marzouk', 'Karim bin Nasrulhaqim al-Marzouk']);
  });

  it('"the warning said" after a body issued a warning: the body', () => {
    expect(speakers(`${HEAD}The Norland Slope Office issued a warning on Monday. “Stay off the lower slopes until Friday,” the warning said.`)).toEqual([
      'the Norland Slope Office',
    ]);
  });
});

describe('translated copies, read on the late sets', () => {
  const GERMAN_TEXT =
    'Der Betreiber ist wegen der Sprengungen am Hang angeklagt worden. Ein Gericht in der Stadt hat den Fall am Montag verhandelt, und das ist nicht das Ende, denn die Nachbarn wollen mehr. ';

  it('German: a title before a name of three words no list knows, in a text that capitalises every noun', () => {
    expect(speakers(`${HEAD}${GERMAN_TEXT}„Die Beweise reichen aus“, sagte Richter Varik Dolman Ostrey. Das Gericht habe daher die Strafe verhängt.`)).toEqual([
      'Varik Dolman Ostrey',
    ]);
  });

  it('German: "In einer Erklärung auf X schrieb er:" is the pronoun, not the phrase before the verb', () => {
    expect(
      speakers(
        `${HEAD}Der Gouverneur von Texas, Tomas Brevik, hatte am Morgen mitgeteilt, die Straße sei gesperrt. In einem Beitrag auf X schrieb er am Abend: «Wir öffnen sie am Freitag wieder.»`,
      ),
    ).toEqual(['Tomas Brevik']);
  });

  it('German: a clause ending in "und" before the verb of saying is no speaker’s name', () => {
    expect(
      speakers(
        `${HEAD}Der Bürgermeister hatte am Morgen zwölf Vermisste gemeldet. Danach korrigierte der Bürgermeister seine Zahl und sprach von «unklaren Listen».`,
      ),
    ).not.toContain('Danach korrigierte der Bürgermeister seine Zahl und');
  });

  it('French: "qu’elle juge « … »" and an adverb between the auxiliary and the verb ("avait récemment dénoncé")', () => {
    expect(
      speakers(
        `${HEAD}La ministre Mila Draganova, 61 ans, a été mise en examen lundi. Elle a rejeté une décision qu’elle juge « absurde ». La ministre avait récemment dénoncé un « chantier mal conçu ».`,
      ),
    ).toEqual(['Mila Draganova', 'Mila Draganova']);
  });

  it('French: "Ce dernier a d’ailleurs déclaré" is the one just named, and "a concédé" is a verb of saying', () => {
    expect(speakers(`${HEAD}Mila Draganova a gagné. Tomas Brevik a perdu. Ce dernier a d’ailleurs déclaré : « Nous reviendrons dans quatre ans. »`)).toEqual([
      'Tomas Brevik',
    ]);
    expect(speakers(`${HEAD}Mila Draganova a gagné. « La pente a gagné cette fois », a concédé Tomas Brevik.`)).toEqual(['Tomas Brevik']);
  });

  it('French: "a ainsi déclaré" before the name', () => {
    expect(speakers(`${HEAD}Tomas Brevik a parlé. « Le village tiendra », a ainsi déclaré Mila Draganova.`)).toEqual(['Mila Draganova']);
  });

  it('Spanish: a quotation opened by ¡ after an attributed one in the same paragraph is the same speaker’s', () => {
    expect(
      speakers(
        `${HEAD}El presidente habló. “Los equipos trabajan sin descanso. Son muy valientes”, escribió Tomas Brevik en su red. “¡Vamos a reconstruir cada casa!”.`,
      ),
    ).toEqual(['Tomas Brevik', 'Tomas Brevik']);
  });
});

describe('pronouns after an opening adverb, and words a pronoun owns', () => {
  it('"However, he changed course …, saying “…”": the one the pronoun stands for', () => {
    expect(
      speakers(
        `${HEAD}Gov. Tomas Brevik first said the road would reopen on Friday. However, he changed course that evening, saying the slope was “still moving.”`,
      ),
    ).toEqual(['Tomas Brevik']);
  });

  it('"his repeated hint that … “…”": words named by a noun that a pronoun owns', () => {
    expect(speakers(`${HEAD}Tomas Brevik spoke again. But his repeated hint that the port could “close for good” worried traders.`)).toEqual(['Tomas Brevik']);
  });
});

describe('a title’s document as the subject', () => {
  it('"The Bishop’s letter was read out … and said, “…”": the one person the article gives that title', () => {
    expect(
      speakers(
        `${HEAD}Bishop Tomas Arve sent his “warmest thoughts” to the valley. The Bishop’s letter was read out at the school on Sunday, and said, “The valley will rise again.”`,
      ),
    ).toEqual(['Tomas Arve', 'Tomas Arve']);
  });
});

describe('an opening "As a “…”," phrase', () => {
  it('the words are the subject’s who follows, a title before the name', () => {
    expect(speakers(`${HEAD}The parish wrote to the valley. As a “sign of hope for the valley,” Bishop Tomas Arve rang the bell.`)).toEqual(['Tomas Arve']);
  });
});

describe('Italian copies and whose words they were', () => {
  it('a sentence after the quotation that says whose words they were, in English and in Italian', () => {
    expect(speakers(`${HEAD}“We won, and we will keep every promise!” Those were the words of Mila Draganova, the new mayor, on Tuesday night.`)).toEqual([
      'Mila Draganova',
    ]);
    expect(
      speakers(`${HEAD}“Ricostruiremo ogni strada prima dell’inverno!”. Sono queste le parole dette da Mila Draganova, la nuova sindaca, alla piazza.`),
    ).toEqual(['Mila Draganova']);
  });

  it('an Italian office in apposition ("la nuova sindaca di …") is a title, and the same words after a quotation are her', () => {
    expect(
      speakers(
        `${HEAD}Tomas Brevik ha perso. Mila Draganova, la nuova sindaca di Tamsberg, ha vinto.\n\n“La biblioteca riaprirà a marzo” afferma la nuova sindaca di Tamsberg.`,
      ),
    ).toEqual(['Mila Draganova']);
  });

  it('guard: a subject pronoun of another language opening a sentence is no name ("¡Yo, como …"; ¡ now opens a sentence)', () => {
    expect(
      people(`${HEAD}“Los equipos trabajan sin descanso”, escribió Tomas Brevik en su red. “¡Yo, como gobernador de Texas, prometo volver mañana!”.`),
    ).toEqual(['Tomas Brevik']);
  });
});
