/**
 * Speaker shapes of the thirty-third session, written from scratch with made-up names, places and sentences (a
 * made-up mountain railway in the made-up valley of Brenvik). Tests marked "guard" pass on the start code too: they
 * pin what a rule must not break.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-04' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);

const lead = 'Snow closed the Brenvik valley railway for a third day on Sunday.\n\n';

describe('a role nobody holds stands for the subject just before', () => {
  it('the paragraph before names an untitled subject, then a titled one in apposition: the untitled one is meant', () => {
    const text =
      lead +
      'Maria Tamsin has appointed the valley’s former tunnel engineer, Hendrik Voss, as chief minister of Chile, as she seeks to end a month of delays.\n\n' +
      'The Chilean president said she had tasked Voss with forming “a crew for every broken bridge”.';
    expect(speakers(text)).toEqual(['Maria Tamsin']);
  });

  it('guard: one subject just before, with no title, is meant as before', () => {
    const text = lead + 'Maria Tamsin has asked Hendrik Voss to lead the repairs.\n\nThe Chilean president said the line needed “every repair at once”.';
    expect(speakers(text)).toEqual(['Maria Tamsin']);
  });

  it('"the leader of Green Valley Now" right after a sentence about one person is that person', () => {
    const text = lead + 'Soon after the closure, Ruben Kalt reacted. “The valley has been forgotten again,” said the leader of Green Valley Now.';
    expect(speakers(text)).toEqual(['Ruben Kalt']);
  });

  it('guard: nobody before, and the role stays as written', () => {
    expect(speakers(lead + '“The valley has been forgotten again,” said the leader of Green Valley Now.')).toEqual(['the leader of Green Valley Now']);
  });

  it('guard: the subject of a relative clause is not meant', () => {
    const text =
      lead +
      'The railway thanked its crews and the regional engineer Ilse Marrow, whom Ruben Kalt appointed. The Chilean president said she had “full trust” in her.';
    expect(speakers(text)).toEqual(['the Chilean president']);
  });
});

describe('speakers named in an aside or a closing clause', () => {
  it('"Voss, Ms Tamsin said, kept …": the one between the commas speaks, not the two names as a list', () => {
    const text = lead + 'Orla Tamsin and Hendrik Voss toured the tunnel.\n\nVoss, Ms Tamsin said, kept the line “safe for every passenger”.';
    expect(speakers(text)).toEqual(['Orla Tamsin']);
  });

  it('"X has expressed “…” to the crews, his spokesman Y told the radio": the source closing the sentence speaks', () => {
    const text = lead + 'The mayor of Brenvik, Hendrik Voss, has expressed “his warmest thanks” to the snow crews, his spokesman Ruben Kalt told Valley Radio.';
    expect(speakers(text)).toEqual(['Ruben Kalt']);
  });

  it('guard: a medium that carried it does not take the words ("…, Valley Radio reported")', () => {
    const text = lead + 'Passengers described a “long crack and then silence” before the slide, Valley Radio reported.';
    expect(speakers(text)).not.toEqual(['Valley Radio']);
  });

  it('"with X, who …, referring to … as “…”": a relative clause between commas is an aside of the one speaking', () => {
    const text =
      lead +
      'The two engineers rarely agreed, with Hendrik Voss, who drove the first snowplough in 1991, referring to the closure as the “worst winter” he had seen.';
    expect(speakers(text)).toEqual(['Hendrik Voss']);
  });
});

describe('a role noun of one sex', () => {
  it('"the actress" is the one woman named in the sentence before, a man named there too', () => {
    const text =
      'Tomas Kalt died at home. He was 80.\n\nFriends paying tribute to Kalt include Maria Marrow, who played his sister in a long-running drama. “What a sad day,” the actress wrote online.';
    expect(speakers(text)).toEqual(['Maria Marrow']);
  });

  it('"the actor" is the one man of a woman and a man named there', () => {
    const text =
      'Kalt died at home.\n\nFriends paying tribute include Ilse Marrow and Hendrik Voss, who acted beside him for years. “What a sad day,” the actor wrote online.';
    expect(speakers(text)).toEqual(['Hendrik Voss']);
  });
});

describe('translated copies: a name before a role in apposition', () => {
  it('"Piet Marlow, el secretario adjunto del Partido Verde, dijo que …" is Piet Marlow', () => {
    const text = 'Titular\n\nPor su parte, Piet Marlow, el secretario adjunto del Partido Verde, dijo que el cierre era "una vergüenza para el valle".';
    expect(speakers(text)).toEqual(['Piet Marlow']);
  });

  it('guard: a phrase of place or a word of time before the comma is no name', () => {
    const text = 'Titular\n\nEn Puerto Vell, el alcalde dijo que era "una vergüenza".\n\nHoy, el alcalde dijo que era "una vergüenza".';
    expect(speakers(text)).toEqual(['el alcalde', 'el alcalde']);
  });
});

describe('a role named first, the person right after', () => {
  it('"Wales’s First Minister told reporters …" then "Maria Tamsin added: “…”": the role is the one who added', () => {
    const text =
      'Kalt died.\n\nBoxer Tom Brack wrote online first. On X, he said: “A voice like no other is gone.”\n\n' +
      'Wales’s First Minister told reporters she was “crushed by the loss”.\n\nMaria Tamsin added: “No one sang like her.”';
    expect(speakers(text)).toEqual(['Tom Brack', 'Maria Tamsin', 'Maria Tamsin']);
  });

  it('guard: a role someone holds is theirs, whoever adds after it', () => {
    const text =
      'First Minister Ilse Marrow spoke in the morning.\n\nThe First Minister told reporters she was “crushed by the loss”.\n\nMaria Tamsin added: “No one sang like her.”';
    expect(speakers(text)).toEqual(['Ilse Marrow', 'Maria Tamsin']);
  });
});

describe('headlines and translated copies', () => {
  it('"Tomas Vell: Maria Tamsin pays homage to ‘…’": the subject after the label speaks, not the label', () => {
    const text = 'Tomas Vell: Maria Tamsin pays homage to ‘grit and kindness’ of late skipper\n\nMaria Tamsin called Vell “one rare skipper”.';
    expect(speakers(text)).toEqual(['Maria Tamsin', 'Maria Tamsin']);
  });

  it('guard: with no verb of saying after the second name, the label is the one speaking', () => {
    expect(speakers('Tomas Vell: Maria Tamsin Is a ‘Lost Cause’ on Rail\n\nThe line stays shut.')).toEqual(['Tomas Vell']);
  });

  it('guard: a list entry whose line names nobody else is the entry’s person', () => {
    expect(speakers('Tributes\n\n• Ilse Marrow: On X, the singer wrote: “He was a giant.”')).toEqual(['Ilse Marrow']);
  });

  it('French: "a dit le chancelier visiblement touché": how the speaker looked is no part of the role', () => {
    const text = 'Titre\n\nLe chancelier, Piet Vanel, a condamné l’attaque. « Rien ne sera oublié », a dit le chancelier visiblement touché.';
    expect(speakers(text)).toEqual(['Piet Vanel']);
  });

  it('French: "a commenté jeudi sur franceculture Philippe Vanel" names the speaker after the medium', () => {
    const text = 'Tina Kalt est morte.\n\n"Le vieux lion dort", a commenté jeudi sur franceculture Philippe Vanel, critique de jazz.';
    expect(speakers(text)).toEqual(['Philippe Vanel']);
  });
});

describe('relative clauses, parts of a text, translated roles', () => {
  it('"…, including from Vell, who had long described the closure as a “…”": the one the relative clause is about', () => {
    const text =
      'Messages came in all day, including from Tomas Vell, who had long described the pit closure as a “wound” and a “scandal.” Others kept silent.';
    expect(speakers(text)).toEqual(['Tomas Vell', 'Tomas Vell']);
  });

  it('"X wrote a long note, part of it read: ‘…’": part of what X wrote is X’s', () => {
    const text = 'Headline\n\nThe valley’s mayor, Piet D. Marlow, wrote a long note, part of it read: ‘Nobody knew the tunnels as she did.’';
    expect(speakers(text)).toEqual(['Piet D. Marlow']);
  });

  it('Spanish: "el máximo dirigente chileno llamó «…»" right after a sentence about one person is that person', () => {
    const text = 'Titular\n\nEsta mañana, Piet Zelmar reunió a su gabinete. Por la radio, el máximo dirigente chileno llamó «cobardes» a los saboteadores.';
    expect(speakers(text)).toEqual(['Piet Zelmar']);
  });
});

describe('"it" after a sentence a body closes', () => {
  it('"…, the presidency said. / Vell has been asked to form “…”, it said.": the body the sentence before closes with', () => {
    const text =
      'Headline\n\nPresident Ana Lind on Monday appointed the former port chief Tomas Vell as premier, ending two months of deadlock, the presidency said.\n\n' +
      'Vell, 73, has been asked to form “a cabinet for the whole valley”, it said.';
    expect(speakers(text)).toEqual(['the presidency']);
  });

  it('guard: "it" is never a person a role noun names ("…, the official said.")', () => {
    expect(speakers('Headline\n\nThe harbour will reopen on Monday, the official said.\n\nThe work is “nearly done”, it said.')).toEqual([null]);
  });
});
