/**
 * Speaker and name shapes of the twenty-fifth session, written from scratch with made-up names, places and sentences
 * (a ferry strike and a border quarrel in the made-up island state of Veldoria). Tests marked "guard" pass on the
 * start code too: they pin what a rule must not break.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-04' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

const HEAD = 'Ferry crews strike across Veldoria\n\n';

describe('one person written with more and fewer words of the name', () => {
  it('a name of three words, then its first two words: one person', () => {
    const text = `${HEAD}Ravel Daskin speaks for the crews. Ravel Daskin Moor, who has led the union for a decade, called the strike.\n\n“We will not sail,” Ravel Daskin said.`;
    expect(people(text)).toEqual(['Ravel Daskin Moor']);
    expect(speakers(text)).toEqual(['Ravel Daskin Moor']);
  });

  it('a name with "bin", then the words after it: one person', () => {
    const text = `${HEAD}Transport minister Haziq bin Omran al-Tamer flew to Sorn.\n\nOmran al-Tamer said the talks were “a waste of everyone’s time”.`;
    expect(people(text)).toEqual(['Haziq bin Omran al-Tamer']);
    expect(speakers(text)).toEqual(['Haziq bin Omran al-Tamer']);
  });

  it('guard: a father and a son told apart by "Jr." stay two people', () => {
    expect(people(`${HEAD}Oskar Tvede Jr. runs the yard his father, Oskar Tvede, built.`)).toEqual(['Oskar Tvede Jr.', 'Oskar Tvede']);
  });

  it('a surname shared by two: the one the article already called by it alone keeps it', () => {
    const text = `${HEAD}Joris Marten won the union vote on Sunday. Marten’s term began at noon. His rival, Ilse Marten, came third with 8%.\n\n“I will serve every crew, whoever they voted for,” Marten said.`;
    expect(speakers(text)).toEqual(['Joris Marten']);
  });

  it('guard: with nobody called by the surname alone yet, the one named last is meant', () => {
    const text = `${HEAD}Joris Marten won the union vote. His rival, Ilse Marten, came third.\n\n“I accept the result,” Ms. Marten said.`;
    expect(speakers(text)).toEqual(['Ilse Marten']);
  });
});

describe('titles written in capitals', () => {
  it('"PM" and "MP" before a name the lists do not know are titles, not initials', () => {
    expect(speakers(`${HEAD}Veldoria’s PM Pell Marran called the strike “reckless”.`)).toEqual(['Pell Marran']);
    expect(speakers(`${HEAD}MP Pell Marran called the strike “reckless”.`)).toEqual(['Pell Marran']);
  });

  it('guard: two capitals before a surname are still initials', () => {
    expect(speakers(`${HEAD}“We sail on Monday,” said union head TJ Marran.`)).toEqual(['TJ Marran']);
  });
});

describe('sites and lists of places named like people', () => {
  it('a name before "temple", "shrine" or "checkpoint" is the site, wherever the article writes it', () => {
    expect(people(`${HEAD}Shots were fired near the old Tomas Arvid temple. Later Tomas Arvid was closed to visitors.`)).toEqual([]);
    expect(people(`${HEAD}Crews gathered at the Ilse Brenner checkpoint on the harbour road.`)).toEqual([]);
  });

  it('a name of four words before "temple" is the site', () => {
    expect(people(`${HEAD}Shelling hit the ancient Vat Tomas Arvid Eng temple at dawn.`)).toEqual([]);
  });

  it("a name after a translated copy's word for a temple is the site", () => {
    expect(people(`${HEAD}Os confrontos começaram perto do templo Tomas Arvid, na fronteira.`)).toEqual([]);
  });

  it('the names of a list a plural place noun governs are places', () => {
    expect(people(`${HEAD}Strikes spread to three provinces: Tomas Arvid, Ilse Brenner, and Karl Oden.`)).toEqual([]);
    expect(people(`${HEAD}Pickets stood at the Tomas Arvid, Ilse Brenner and Karl Oden temples.`)).toEqual([]);
  });

  it('guard: people listed after a plural of people stay people', () => {
    expect(people(`${HEAD}Three captains spoke: Tomas Arvid, Ilse Brenner, and Karl Oden.`)).toEqual(['Tomas Arvid', 'Ilse Brenner', 'Karl Oden']);
  });
});

describe('a verb of saying that left its subject out (Spanish, Italian, Portuguese)', () => {
  it('after a quotation of two sentences, "Luego pidió «…»" is the one who spoke it', () => {
    expect(
      speakers(
        `${HEAD}Marta Sarre habló con los marineros en el muelle de Sorn: “Nadie perderá su empleo. Los barcos volverán”. Luego pidió “un acuerdo justo” y reclamó que “ningún marinero se quede en tierra”.`,
      ),
    ).toEqual(['Marta Sarre', 'Marta Sarre', 'Marta Sarre']);
  });

  it('"Dijo: «…»" opens with the verb, not with a name', () => {
    expect(speakers(`${HEAD}Marta Sarre habló ante los marineros.\n\nDijo: “Volveremos al trabajo el lunes”.`)).toEqual(['Marta Sarre']);
  });

  it('Italian "Ha poi promesso «…»" and Portuguese "Depois disse que …"', () => {
    expect(speakers(`${HEAD}Marta Sarre ha parlato a Sorn. Ha poi promesso “nessun licenziamento”.`)).toEqual(['Marta Sarre']);
    expect(speakers(`${HEAD}Marta Sarre falou em Sorn. Depois disse que o porto “vai reabrir”.`)).toEqual(['Marta Sarre']);
  });
});

describe('a letter or a document as the subject of a reporting clause', () => {
  it('"the letter demands" two paragraphs after its writer spoke: the writer', () => {
    const text = `${HEAD}Prime Minister Pell Marran called the blockade “an act of piracy”.\n\nHe said Veldoria had acted within its rights.\n\nThe letter demands that the crews “return to port without delay.”`;
    expect(speakers(text)).toEqual(['Pell Marran', 'Pell Marran']);
  });

  it('"the document states": never the one the letter was addressed to', () => {
    const text = `${HEAD}Prime Minister Pell Marran asked for talks. The letter was addressed to the harbour council’s chair, Ambassador Marta Sarre, according to the port agency.\n\n“We ask the council to sit before the week is out,” the document states.`;
    expect(speakers(text)).not.toContain('Marta Sarre');
  });

  it('"X handed Y a note which stated …": the one who gave it, not the one it was given to', () => {
    expect(speakers(`${HEAD}Bishop Pell Marran handed Mayor Marta Sarre a note which stated “no crew walks alone”.`)).toEqual(['Pell Marran']);
  });
});

describe('who notes, after a verb of quoting', () => {
  it('"X cited Y, noting that …": X', () => {
    expect(speakers(`${HEAD}Spokesman Pell Marran cited union head Marta Sarre, noting that the board “fully agrees with” her.`)).toEqual(['Pell Marran']);
  });

  it('guard: "X praised Y, noting that …": X', () => {
    expect(speakers(`${HEAD}Spokesman Pell Marran praised union head Marta Sarre, noting that the board “fully agrees with” her.`)).toEqual(['Pell Marran']);
  });
});

describe('verbs of calling in translated copies', () => {
  it('German "bezeichnete … als", French "a qualifié … de", Italian "ha definito"', () => {
    expect(speakers(`${HEAD}Marta Sarre sprach in Sorn. Sie bezeichnete den Streik als „völlig überflüssig“.`)).toEqual(['Marta Sarre']);
    expect(speakers(`${HEAD}Marta Sarre était à Sorn. Elle a qualifié la grève de « totalement inutile ».`)).toEqual(['Marta Sarre']);
    expect(speakers(`${HEAD}Marta Sarre era a Sorn. Lei ha definito lo sciopero «del tutto inutile».`)).toEqual(['Marta Sarre']);
  });
});

describe('whose clause a name is in', () => {
  it('"X in a first speech since beating Y, said": X, not the one a preposition governs', () => {
    expect(speakers(`${HEAD}Marta Sarre in her first speech since beating Senator Ana Lind, said the port was “open again.”`)).toEqual(['Marta Sarre']);
  });

  it('guard: "X and Y, a fellow captain, said": the last of the pair', () => {
    expect(speakers(`${HEAD}Tomas Brevik and 24-year-old Oskar Tvede, a fellow crewman, said “we stay out.”`)).toEqual(['Oskar Tvede']);
  });

  it('a participle after "Y, who …," when no person opens the sentence: Y', () => {
    expect(
      speakers(
        `${HEAD}Oskar Tvede rejected the fine as “theft.” The row drew sympathy from former President Pell Marran, who compared the fine to his own, calling the decision “plainly unfair.” Senator Ana Lind criticized the board as unfair, prompting jeers.`,
      ),
    ).toEqual(['Oskar Tvede', 'Pell Marran']);
  });

  it('guard: with a person opening the sentence, the participle is theirs', () => {
    expect(speakers(`${HEAD}Senator Ana Lind met President Pell Marran, who was visiting the port, calling the talks “very useful.”`)).toEqual(['Ana Lind']);
  });

  it('an age phrase with a role passes over a president named since; a name in apposition is no subject', () => {
    const text = `${HEAD}Marta Sarre won the harbour seat on Sunday. As Sarre spoke to supporters, President Tomas Brevik wrote online: “A sad day for the port.”\n\nLater the 41-year-old councillor thanked her opponent, Oskar Tvede, for “a clean fight”.\n\n“From tomorrow I work for every crew,” she said.`;
    expect(speakers(text)).toEqual(['Tomas Brevik', 'Marta Sarre', 'Marta Sarre']);
  });
});

describe('whom the words were said to, in a translated copy', () => {
  it('"a affirmé aux journalistes X", "a indiqué à l’APV X", "dijo a los periodistas X": X', () => {
    expect(speakers(`${HEAD}«Le port restera fermé», a affirmé aux journalistes Marta Sarre, la porte-parole du port.`)).toEqual(['Marta Sarre']);
    expect(speakers(`${HEAD}«Nous reprenons demain», a indiqué à l’APV Marta Sarre, gréviste depuis mars.`)).toEqual(['Marta Sarre']);
    expect(speakers(`${HEAD}“El puerto sigue cerrado”, dijo a los periodistas Marta Sarre.`)).toEqual(['Marta Sarre']);
  });
});

describe('headlines and subheads', () => {
  it('a subhead in title case: "“…”, Claims X" gives the words to X, not to a title of a work', () => {
    const text = `Port chief jailed\n\nThe port chief was jailed on Monday. Her son Oskar Tvede rejects the verdict.\n\n“Hearing Was Staged”, Claims Oskar Tvede\n\nOn the radio, Tvede said the hearing was staged.`;
    expect(speakers(text)).toEqual(['Oskar Tvede']);
  });

  it('guard: a quoted title of a work in a body sentence has no speaker', () => {
    expect(speakers(`${HEAD}Oskar Tvede read from “The Salt Harbour Ledger” at the meeting, aides said.`)).toEqual([null]);
  });

  it('"X on <topic>: ‘…’" gives the words to X', () => {
    expect(speakers(`Veldoria Council on Port Ruling: ‘We Respect the Court’\n\nThe council said it would study the ruling.`)).toEqual(['Veldoria Council']);
    expect(speakers(`${HEAD}Marta Sarre on the strike: “We will not give in.”`)).toEqual(['Marta Sarre']);
  });

  it('right under a headline naming one person, a role nobody holds is that person', () => {
    expect(
      speakers(
        `Harbour chief Kito Varu condemns blockade\n\nThe Director-General has condemned the blockade, while praising the “very calm role” of the crews.`,
      ),
    ).toEqual(['Kito Varu']);
  });

  it('a headline role written alone is the one who speaks first below, after an opening phrase', () => {
    expect(
      speakers(`Governor says all is “fine so far” as waves hit the island\n\nAt a briefing on the quay, Oskar Tvede said the situation was under control.`),
    ).toEqual(['Oskar Tvede']);
  });
});

describe('words that end or open a name run but belong to a place or an office', () => {
  it('a name ending in "South" or "Central" is a seat or a district', () => {
    expect(people(`${HEAD}Marta Sarre lost her seat in Kingsley South on Monday. In Kingsley South, turnout was high.`)).toEqual(['Marta Sarre']);
  });

  it('guard: "West" and "North" end surnames too', () => {
    expect(people(`${HEAD}“We sail at dawn,” said captain Oskar West.`)).toEqual(['Oskar West']);
  });

  it('the last field of an office named by a list is no part of the name after it', () => {
    expect(people(`${HEAD}The cabinet includes Minister of Harbours, Tides and Fisheries Yoto Matsuhara, who said “we will act.”`)).toEqual(['Yoto Matsuhara']);
  });
});

describe('posts embedded from a social network, and offices in apposition', () => {
  it('a post whose signature closes its own paragraph is its author’s words, and the author a person', () => {
    const text = `Port reopens\n\nThe port reopened on Monday.\n\nWell done to every crew. The harbour is open again and the ferries run tonight. — Marta Sarre (@MartaSarre) November 5, 2025\n\nBorn in Sorn, Sarre studied law.`;
    expect(speakers(text)).toEqual(['Marta Sarre']);
    expect(people(text)).toEqual(['Marta Sarre']);
    // (A name the lists do not know, with no everyday word in it, too.)
    expect(people(text.replaceAll('Marta Sarre (@MartaSarre)', 'Kito Varu (@KitoVaru)'))).toContain('Kito Varu');
  });

  it('guard: an account whose name is everyday words signs as an organisation', () => {
    expect(people(`Port reopens\n\nCongratulations to the crews. — Harbour News (@HarbourNews) November 5, 2025`)).toEqual([]);
  });

  it('"a indiqué le vice-président, R.K. Tvede": the name after the office in apposition', () => {
    expect(speakers(`${HEAD}«Le port reste fermé», a indiqué le vice-président, R.K. Tvede.`)).toEqual(['R.K. Tvede']);
  });
});

describe('words run into a name', () => {
  it('a heading run into its paragraph repeats the name: one person, without the heading’s word', () => {
    expect(people(`${HEAD}About Kito Varu Kito Varu is the son of a ferry captain. “We won,” Varu said.`)).toEqual(['Kito Varu']);
  });

  it('a party’s words before a whole name are no part of it', () => {
    expect(speakers(`${HEAD}After Democratic Socialist Kito Varu took the harbour seat, Varu said “the port is ours.”`)).toEqual(['Kito Varu']);
  });

  it('guard: a given name that is also a party’s nickname (Tory) stays a name', () => {
    expect(people(`${HEAD}“We sail at dawn,” said captain Tory Halvard.`)).toEqual(['Tory Halvard']);
  });
});
