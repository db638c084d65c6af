/**
 * Speaker and name shapes of the twentieth session, written from scratch with made-up names, places and sentences
 * (a storm surge that broke the made-up Sarvik harbour wall). Tests marked "guard" pass on the start code too: they
 * pin what a rule must not break. Real country names appear only where the rule depends on knowing a place.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-09' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);

const HEAD = 'Storm surge breaks the Sarvik harbour wall\n\n';

describe('a role set before a name, between commas, is that person’s title', () => {
  it('"The mayor of Sarvik, Radu Venn, …" then "the mayor added": the mayor is Radu Venn, not the crane driver between', () => {
    expect(
      speakers(
        `${HEAD}The mayor of Sarvik, Radu Venn, walked the broken quay at dawn with two engineers.\n\nCrane driver Pavel Ostrin said the water reached the cabs of the cranes.\n\nThe pumps ran all night, the mayor added. “Nobody in the lower town has to sleep in the gym tonight.”`,
      ),
    ).toEqual(['Radu Venn']);
  });

  it('French: "…, a déclaré le maire de Sarvik, Radu Venn." then "a ajouté le maire": the same man', () => {
    expect(
      speakers(
        `${HEAD}Les pompes ont tourné toute la nuit, a déclaré le maire de Sarvik, Radu Venn.\n\nLe quai sud reste fermé, a ensuite ajouté le maire. « Personne ne dormira au gymnase ce soir. »`,
      ),
    ).toEqual(['Radu Venn']);
  });
});

describe('an abbreviated title in a headline or a list of links', () => {
  it('"Sarvik PM vows …" with "Prime Minister Ilse Korhal" in the body: the prime minister', () => {
    expect(
      speakers(
        `Korhal visits the broken wall\n\nSarvik PM vows the wall will be ‘higher than before’ after a night on the quay\n\nPrime Minister Ilse Korhal flew in on Monday.`,
      ),
    ).toEqual(['Ilse Korhal']);
  });

  it('guard: "Israeli PM says …" is not a prime minister whose titles name another country only', () => {
    expect(speakers(`Israeli PM says the talks are ‘far from over’\n\nBritish Prime Minister Ilse Korhal spoke to the harbour crews on Monday.`)).toEqual([
      'Israeli PM',
    ]);
  });
});

describe('verbs of condemning', () => {
  it('"Harbour minister denounces ‘slow’ payouts": the minister, in a headline', () => {
    expect(speakers(`Harbour minister denounces ‘slow’ payouts to boat owners\n\nSome owners have waited a month.`)).toEqual(['Harbour minister']);
  });

  it('"The Sarvik Fishermen’s Guild condemned the port board’s ‘neglect’": the guild', () => {
    expect(speakers(`${HEAD}The Sarvik Fishermen’s Guild condemned the port board’s ‘neglect’ of the wall on Tuesday.`)).toEqual([
      'the Sarvik Fishermen’s Guild',
    ]);
  });
});

describe('a verb coordinated with a first verb and its object', () => {
  it('"Just as Venn criticised the port board’s delays and promised …": Venn, not the board’s delays', () => {
    expect(
      speakers(
        `${HEAD}Mayor Radu Venn spoke at the quay.\n\nJust as Venn criticised the port board’s delays on Tuesday and promised a wall of “stone, not promises,” the rain began again.`,
      ),
    ).toEqual(['Radu Venn']);
  });

  it('"The Sarvik Boat Club … strongly condemned the delays and warned it would seek ‘…’": the club, without the adverb', () => {
    expect(speakers(`${HEAD}The Sarvik Boat Club strongly condemned the delays and warned it would go to court for ‘every last crown’.`)).toEqual([
      'the Sarvik Boat Club',
    ]);
  });
});

describe('a name someone takes is that person', () => {
  const names = (source: string) => parse(source).people.map((p) => [p.name, ...p.aliases.filter((a) => a !== p.name)].join(' | '));

  it('"Cardinal Evald Rask …, taking the name Clement XV" then "Clement XV … he told them": one man, who speaks', () => {
    const source = `Smoke over the chapel\n\nCardinal Evald Rask was chosen on the third ballot on Thursday evening, taking the name Clement XV.\n\nClement XV blessed the square from the loggia. “Walk with me,” he told the crowd.`;
    expect(parse(source).people).toHaveLength(1);
    expect(speakers(source)).toEqual(['Evald Rask']);
  });

  it('"Pope Clement XV, formerly Cardinal Evald Rask, …": one man', () => {
    expect(parse(`Pope Clement XV, formerly Cardinal Evald Rask, waved from the loggia for ten minutes.`).people).toHaveLength(1);
  });

  it('"Evald Rask, who chose Clement XV as his papal name": one man', () => {
    expect(parse(`The bishops of the north welcomed Evald Rask, who chose Clement XV as his papal name, with a joint letter.`).people).toHaveLength(1);
  });

  it('German: "Er hat den Namen Clemens XV. gewählt" after the sentence naming him: the same man', () => {
    expect(names(`Evald Rask ist der neue Papst. Er hat den Namen Clemens XV. gewählt. Clemens XV. sprach lange zur Menge.`)).toEqual([
      'Evald Rask | Clemens XV',
    ]);
  });

  it('guard: "Rask took the name of his predecessor, Pope Simon" names two men', () => {
    expect(names(`Cardinal Evald Rask took the name of his predecessor, Pope Simon, to the surprise of the square.`)).toHaveLength(2);
  });

  it('guard: "Ana Lind, formerly Tom Pike’s deputy" names two people', () => {
    expect(names(`Ana Lind, formerly Tom Pike’s deputy, runs the diocese office now.`)).toHaveLength(2);
  });

  it('"Pope Simon" beside "Cardinal Evald Simon Rask": a title never goes before a middle name', () => {
    expect(names(`Cardinal Evald Simon Rask was chosen on Thursday, three weeks after the death of Pope Simon.\n\nCrowds filled the square.`).sort()).toEqual([
      'Evald Simon Rask',
      'Pope Simon | Simon',
    ]);
  });
});

describe('whose words, said without a verb of saying', () => {
  it('"The surge, in the words of pilot Radu Venn, brought “…”": Venn', () => {
    expect(
      speakers(
        `${HEAD}Radu Venn has piloted boats into Sarvik since he was nineteen.\n\nThe surge, in the words of pilot Radu Venn, brought “the worst water this coast has seen.”`,
      ),
    ).toEqual(['Radu Venn']);
  });

  it('"Venn’s reply to the insurers was blunt: “…”": Venn', () => {
    expect(speakers(`${HEAD}Mayor Radu Venn climbed onto a bollard at noon.\n\nVenn’s reply to the insurers was blunt: “Pay the fishermen first.”`)).toEqual([
      'Radu Venn',
    ]);
  });

  it('guard: "His answer was short: “…”": the man the pronoun stands for, not a possessive as a name', () => {
    expect(speakers(`${HEAD}Ilse Korhal asked the mayor about the insurers. Radu Venn did not wait. His answer was short: “They will pay.”`)).toEqual([
      'Radu Venn',
    ]);
  });
});

describe('verbs of saying of translated copies', () => {
  it('French written past: "« … » demanda Radu Venn": Venn', () => {
    expect(speakers(`${HEAD}« Qui paiera la nouvelle digue ? » demanda Radu Venn aux assureurs.`)).toEqual(['Radu Venn']);
  });

  it('French: "« … », a rétorqué Ilse Korhal": Korhal', () => {
    expect(speakers(`${HEAD}Radu Venn a parlé d’abord.\n\n« Il est trop tôt pour chiffrer les dégâts », a rétorqué Ilse Korhal.`)).toEqual(['Ilse Korhal']);
  });

  it('Spanish perfect: "“…”, ha afirmado Radu Venn": Venn', () => {
    expect(speakers(`${HEAD}"Hemos perdido el muelle entero", ha afirmado Radu Venn ante los periodistas.`)).toEqual(['Radu Venn']);
  });
});

describe('a given name after an age', () => {
  it('"said 12-year-old Greta": Greta, a person', () => {
    const source = `${HEAD}“The water came in under the door and then it was at my knees,” said 12-year-old Greta, whose family ran the net shop.`;
    expect(speakers(source)).toEqual(['Greta']);
    expect(parse(source).people.map((p) => p.name)).toEqual(['Greta']);
  });

  it('German: "erzählt die 12-jährige Greta": Greta', () => {
    expect(speakers(`${HEAD}„Das Wasser kam unter der Tür durch“, erzählt die 12-jährige Greta.`)).toEqual(['Greta']);
  });

  it('guard: "der 56-jährige Fischer", "a 17-year-old Sarviker": a noun or a nationality after an age is nobody', () => {
    expect(parse(`${HEAD}Der 56-jährige Fischer verlor sein Boot. A 17-year-old Sarviker swam to the buoy.`).people).toEqual([]);
  });
});

describe('a headline’s verb of hinting', () => {
  it('"Mayor hints new mooring fees are ‘on the table’" with "Mayor Radu Venn" in the body: Venn', () => {
    expect(speakers(`Mayor hints new mooring fees are ‘on the table’\n\nMayor Radu Venn met the boat owners on Monday.`)).toEqual(['Radu Venn']);
  });
});

describe('a verb of saying written with a capital after the closing mark', () => {
  it('French: "« … ? » Demanda Venn." is no person called "Demanda Venn"', () => {
    const source = `${HEAD}Radu Venn a parlé longtemps aux pêcheurs.\n\n« Qui va payer la digue ? » Demanda Venn.`;
    expect(parse(source).people.map((p) => p.name)).toEqual(['Radu Venn']);
    expect(speakers(source)).toEqual(['Radu Venn']);
  });
});

describe('a group described with a capitalised adjective', () => {
  it('"The Marxist faction mourned …, who it said …": the group named before, not "the Marxist faction"', () => {
    expect(
      speakers(
        `${HEAD}Commander Tarik Holm drowned when the sea wall gave way, the armed group Nordvang and the coastguard said in separate statements.\n\nThe Marxist faction mourned the death of Holm, who it said was killed by “years of broken promises about the wall”.`,
      ),
    ).toEqual(['Nordvang']);
  });

  it('guard: "The Harbour Group said it would …": a group whose name ends in "Group" is that name', () => {
    expect(speakers(`${HEAD}The Harbour Group said it would rebuild the wall “within a year”.`)).toEqual(['the Harbour Group']);
  });
});

describe('an organisation’s sentence about a person, and verbs of characterising', () => {
  it('"Nordvang honoured Holm at the quay …, calling him “…”": Nordvang, not Holm', () => {
    expect(
      speakers(
        `${HEAD}Skipper Tarik Holm lost his trawler in the surge.\n\nNordvang honoured Holm at the quay on Tuesday, calling him “the calmest man on the water”.`,
      ),
    ).toEqual(['Nordvang']);
  });

  it('"The board defended the offer, while Lina Marsh characterized it as “…”": Marsh', () => {
    expect(
      speakers(
        `${HEAD}Skipper Lina Marsh chairs the owners’ union.\n\nThe port board defended the offer, while Lina Marsh characterized it as “an insult to every skipper”.`,
      ),
    ).toEqual(['Lina Marsh']);
  });
});

describe('subjects after an opening phrase, Spanish plurals and pronouns, and a skipper', () => {
  it('"Ahead of the storm on Sunday night Sarvik Harbour had said …": the harbour, not the whole opening', () => {
    expect(speakers(`${HEAD}Ahead of the storm on Sunday night Sarvik Harbour had said its crews would stay “until the last boat is tied”.`)).toEqual([
      'Sarvik Harbour',
    ]);
  });

  it('Spanish: "Pescadores del puerto cuentan que fue “…”": the fishermen, a bare plural subject', () => {
    expect(speakers(`${HEAD}La ola llegó de noche. Pescadores del puerto cuentan que fue “un muro de agua negra” lo que se llevó sus redes.`)).toEqual([
      'Pescadores del puerto',
    ]);
  });

  it('guard: Spanish "Ella lo describió como “…”": the woman named before, not "Ella lo"', () => {
    expect(
      speakers(
        `${HEAD}La muerte del patrón fue confirmada por su prima, Greta Ulm, a la radio local.\n\nUlm dijo que deja dos hijos. Ella lo describió como el “corazón del muelle”.`,
      ),
    ).toEqual(['Greta Ulm']);
  });

  it('"Skipper Tarik Holm said …": the skipper is Tarik Holm, "Skipper" is no part of his name', () => {
    expect(parse(`${HEAD}Skipper Tarik Holm said the water rose faster than any tide he had known.`).people.map((p) => p.name)).toEqual(['Tarik Holm']);
  });
});
