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
  it('Spanish "el presidente de Chile ha tildado …" then a bare "ha afirmado": the Chilean president', () => {
    expect(
      speakers(
        `${HEAD}El presidente chileno Teodor Vashti visitó la estación de Halvik con Mira Kaltenbrun.\n\nPoco después, el presidente de Chile ha tildado la visita de "muy dura". "Hemos visto vagones bajo las rocas", ha afirmado.`,
      ),
    ).toEqual(['Teodor Vashti', 'Teodor Vashti']);
  });

  it('German "fügte der US-Präsident hinzu": the US president the copy named before', () => {
    expect(speakers(`${HEAD}US-Präsident Teodor Vashti telefonierte mit Mira Kaltenbrun. «Wir schicken Hubschrauber», fügte der US-Präsident hinzu.`)).toEqual([
      'Teodor Vashti',
    ]);
  });
});

describe('whom something was said to is not its speaker', () => {
  it('French "a déclaré Jovan Stelle à Agata Prill": Stelle speaks', () => {
    expect(speakers(`${HEAD}« Le tunnel tiendra », a déclaré Jovan Stelle à Agata Prill. « Rien n’est sûr », a répondu Agata Prill.`)).toEqual([
      'Jovan Stelle',
      'Agata Prill',
    ]);
  });

  it('German "sagte ein Bergführer gegenüber CNN": the guide, not the channel', () => {
    expect(speakers(`${HEAD}„Ich habe die Felsen fallen hören“, sagte ein Bergführer gegenüber CNN.`)).toEqual(['ein Bergführer']);
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

  it('guard: "The Upper Line refers to …" after a quotation is no speaker of it', () => {
    expect(speakers(`${HEAD}A banner read, “Upper Line stands with Halvik.” The Upper Line refers to the villages above the pass.`)).toEqual([null]);
  });

  it('"…, with Agata Prill posting online that “…”": the one posting', () => {
    expect(speakers(`${HEAD}Jovan Stelle left the meeting early, with Agata Prill posting online that “he can return once the tunnel is safe”.`)).toEqual([
      'Agata Prill',
    ]);
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

  it('"…,” the Halvik Courier reported quoting the survivor as saying.": the survivor', () => {
    expect(
      speakers(
        `${HEAD}Survivors said they had hidden under the seats. “We waited for an hour in the dark”, the Halvik Courier reported quoting the survivor as saying.`,
      ),
    ).toEqual(['the survivor']);
  });

  it('"…,” the Halvik Courier quoted her as saying.": the woman the pronoun stands for', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle drove the first train out.\n\nAgata Prill was in the last carriage. They were hit by “a wall of stones,” the Halvik Courier quoted her as saying.`,
      ),
    ).toEqual(['Agata Prill']);
  });
});

describe('a pronoun is not one named inside the participle clause that opens its sentence', () => {
  it('"Saying he respects Stelle and his crews, he told …": the man named before, not Stelle', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle met the rail crews on Monday.\n\nOren Bask, for his part, would not take back a word in a later interview.\n\nSaying he respects Stelle and his crews, he told a local radio host: "I am not sorry I asked the question."`,
      ),
    ).toEqual(['Oren Bask']);
  });
});

describe('people named by one word, and people described', () => {
  it('"…,” said Saida, who gave only one name" and "Ruvel, from the upper valley, said": people', () => {
    const source = `${HEAD}“The whole slope came down at once,” said Saida, who gave only one name.\n\nRuvel, from the upper valley, said the slide was “the loudest thing I ever heard”.`;
    expect(speakers(source)).toEqual(['Saida', 'Ruvel']);
    expect(people(source)).toEqual(['Saida', 'Ruvel']);
  });

  it('French "a déclaré Saida, qui …": a person', () => {
    expect(people(`${HEAD}« J’ai vu des rochers sur les voies », a déclaré Saida, qui n’a donné que son prénom.`)).toEqual(['Saida']);
  });

  it('guard: one word an organisation could be ("…,” said Halvikrail.") is no person', () => {
    expect(people(`${HEAD}“Services are suspended until further notice,” said Halvikrail.`)).toEqual([]);
  });

  it('"…,” one of the tourists told rescuers.": some of a group of people', () => {
    expect(speakers(`${HEAD}A guide said the group had turned back at the bridge. “The path just vanished,” one of the tourists told rescuers.`)).toEqual([
      'one of the tourists',
    ]);
  });

  it('"…,” a witness, who rents out bicycles, told AFP.": the witness, not the agency', () => {
    expect(speakers(`${HEAD}“The rocks came out of the fog,” a witness, who rents out bicycles, told AFP.`)).toEqual(['a witness']);
  });

  it('"One frightened woman was heard pleading, “…”": the woman', () => {
    expect(
      speakers(`${HEAD}Rescuers reached the carriage at noon. One frightened woman was heard pleading, “Find my husband, please,” as they cut the door.`),
    ).toEqual(['one frightened woman']);
  });

  it('"Stelle’s letter makes a plain case: “…”" opening a paragraph: the one who wrote it', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle runs the line’s repair crews.\n\nStelle’s letter makes a plain case: “We cannot open the tunnel before the slope is pinned.”`,
      ),
    ).toEqual(['Jovan Stelle']);
  });

  it('"the senior Cardinal Deacon" is a role, not a person named Deacon', () => {
    const source = `${HEAD}After the mass, the senior Cardinal Deacon read the old words: “We pray for the valley.”`;
    expect(people(source)).toEqual([]);
    expect(speakers(source)).toEqual(['the senior Cardinal Deacon']);
  });

  it('"Kyu Nwe Hla, whose 40-year-old twin brother is missing, said …": a person, with two words before the kin', () => {
    const source = `${HEAD}Kyu Nwe Hla, whose 40-year-old twin brother is missing under the rocks, said she had no news. “I keep calling his phone,” she told AFP.`;
    expect(people(source)).toEqual(['Kyu Nwe Hla']);
    expect(speakers(source)).toEqual(['Kyu Nwe Hla']);
  });

  it('"Valley residents like Jonas Hartl, 55, counted themselves lucky. “…,” he said.": the one named as the example', () => {
    expect(
      speakers(
        `${HEAD}Police officer Tomas Vell said his teams had not slept. “We dig with our hands,” he said.\n\nValley residents like Jonas Hartl, 55, counted themselves lucky but mourned their town. “I have never seen such damage,” he said.`,
      ),
    ).toEqual(['Tomas Vell', 'Jonas Hartl']);
  });
});

describe('described people and roles who announce a quotation', () => {
  it('"The daughter of another passenger told …" then "“…,” she said": the daughter, not the cousin who spoke before', () => {
    expect(
      speakers(
        `${HEAD}The cousin of one passenger told a radio station that two men had stopped him “and asked where he was going” before the slide. The daughter of another passenger told the station her father had tried to climb out.\n\n“He got as far as the door,” she said.`,
      ),
    ).toEqual(['the cousin of one passenger', 'the daughter of another passenger']);
  });

  it('"The senior nurse went through the list: “…”": the nurse, with one word before the role', () => {
    expect(speakers(`${HEAD}The senior nurse went through the list: “Eleven are in the ward and two went home.”`)).toEqual(['the senior nurse']);
  });

  it('a paragraph "There, the senior cardinal spoke the old words:" announces the quotation of the next one', () => {
    expect(speakers(`${HEAD}There, the senior cardinal spoke the old blessing for travellers:\n\n“May every road bring you home.”`)).toEqual([
      'the senior cardinal',
    ]);
  });

  it('guard: a paragraph "The figures were these:" announces no speaker', () => {
    expect(speakers(`${HEAD}The figures were these:\n\n“Closed” lines: four.`)).toEqual([null]);
  });

  it('Spanish "Desde su cama, relató …: “…”": the one the paragraph before is about (the subject is in the verb)', () => {
    expect(
      speakers(
        `${HEAD}"Todo fue muy rápido", dijo Ivo Brandt desde el hospital. Sufrió heridas en las piernas.\n\nDesde su cama, relató el momento en que despertó: "Había polvo por todas partes".`,
      ),
    ).toEqual(['Ivo Brandt', 'Ivo Brandt']);
  });

  it('"Police Commissioner K.T. Varnak confirmed that Stelle …. “…,” he stated.": joined initials end no sentence', () => {
    expect(
      speakers(
        `${HEAD}Jovan Stelle climbed out of the last carriage. Asked about the others, he replied, “They are still inside,” pointing at the tunnel.\n\nPolice Commissioner K.T. Varnak confirmed that Stelle was the only one to walk out. “One survivor has been found,” he stated.`,
      ),
    ).toEqual(['Jovan Stelle', 'K.T. Varnak']);
  });

  it('"Officials, like County Judge Ana Wirtz, have maintained they “…”": the one named as the example', () => {
    expect(
      speakers(`${HEAD}Officials, like County Judge Ana Wirtz, have maintained they “had no reason to close the line,” though a warning went out.`),
    ).toEqual(['Ana Wirtz']);
  });

  it('German "Erin Kolb aus Halvik:" then a paragraph that opens with a pictograph and the quotation: Kolb', () => {
    expect(
      speakers(`${HEAD}Auch im Dorf berichten Überlebende von bangen Stunden. Erin Kolb aus Halvik:\n\n🗣️ „Wir saßen die ganze Nacht im Keller.“`),
    ).toEqual(['Erin Kolb']);
  });
});

describe('whose words, when a noun of saying or a role stands between', () => {
  it('"dismissing Stelle’s remarks about the “…”": the one whose remarks they are ("remarks" is no verb there)', () => {
    expect(speakers(`${HEAD}Agata Prill was unconvinced, dismissing Jovan Stelle’s remarks about the “hidden causes” of the slide.`)).toEqual(['Jovan Stelle']);
  });

  it('guard: "called Stelle’s remarks on the slide a “…”": the one calling them so', () => {
    expect(speakers(`${HEAD}Union head Agata Prill called Jovan Stelle’s remarks on the slide a “new low”.`)).toEqual(['Agata Prill']);
  });

  it('guard: "decried Stelle’s repeated calls to close the line, noting he has “…”": the one decrying', () => {
    expect(
      speakers(
        `${HEAD}Agata Prill, who drives the night train, also decried Jovan Stelle’s repeated calls to close the line to freight, noting he has “never ridden it”.`,
      ),
    ).toEqual(['Agata Prill']);
  });

  it('German "Der US-Präsident sagte weiter …" with a capital article: the US president named before', () => {
    expect(
      speakers(
        `${HEAD}US-Präsident Teodor Vashti sagte anschließend, er sei zufrieden. Der US-Präsident sagte weiter, er werde die Bahn anrufen. Halvik müsse jetzt "die gute Vorarbeit" nutzen.`,
      ),
    ).toEqual(['Teodor Vashti']);
  });

  it('German "…, so Vashti." closing a sentence after a fragment: Vashti', () => {
    expect(
      speakers(`${HEAD}Die Gespräche in Halvik dauerten drei Stunden. Beide Seiten hätten nun ein "Abkommen" über die Strecke geschlossen, so Teodor Vashti.`),
    ).toEqual(['Teodor Vashti']);
  });

  it('"The president said …" after "“…,” Oren Bask said", with "President Agata Prill" named only further down: Bask', () => {
    expect(
      speakers(
        `${HEAD}“There is no timetable until there is a timetable,” Oren Bask said early in his remarks.\n\nIt was a roundabout way of saying the line stays shut.\n\nThe president said that he and Jovan Stelle had made “real progress” at the depot.\n\n“We did not get there,” he later said.\n\nThere is no sign yet of a visit by Halvik Council President Agata Prill.`,
      ),
    ).toEqual(['Oren Bask', 'Oren Bask', 'Oren Bask']);
  });
});

describe('a role in an article’s opening that nobody holds', () => {
  it('"…, the prosecutor has said." then "Mara Velde said …" in the next paragraph: Velde', () => {
    expect(
      speakers(
        `${HEAD}Two men held over the signal thefts have “partly admitted” their part, the prosecutor has said.\n\nMara Velde said the pair were held on Sunday near the depot.`,
      ),
    ).toEqual(['Mara Velde']);
  });

  it('guard: the one speaking next holds another title ("Station master Ivo Pell said"): the role stays as written', () => {
    expect(
      speakers(
        `${HEAD}Two men held over the signal thefts have “partly admitted” their part, the prosecutor has said.\n\nStation master Ivo Pell said the pair were seen near the depot.`,
      ),
    ).toEqual(['the prosecutor']);
  });
});
