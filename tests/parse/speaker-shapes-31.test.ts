/**
 * Speaker shapes of the thirty-first session, written from scratch with made-up names, places and sentences (a
 * made-up fiddler of the made-up island of Skarra). Tests marked "guard" pass on the start code too: they pin what a
 * rule must not break.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-04' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

const lead = 'The fiddler Brona Tullagh, who played every pier on Skarra, has died at 71.\n\n';
const words = '“We are heartbroken to lose our Brona, and we thank the island for its kindness.”';

describe('a family that put out a statement speaks it', () => {
  it('a describing word before "family": "Her grieving family confirmed:"', () => {
    expect(speakers(lead + `Her grieving family confirmed: ${words}`)).toEqual(['her grieving family']);
  });

  it('a family named by a person’s possessive: "Tullagh’s family … in a statement" / "the statement read"', () => {
    const text = lead + 'Tullagh’s family posted a statement at the ferry office on Sunday.\n\n' + words.replace(/”$/, ',” the statement read.');
    expect(speakers(text)).toEqual(['Tullagh’s family']);
  });

  it('guard: a word opening the sentence is no part of the name before the possessive ("Earlier Tullagh’s family")', () => {
    expect(speakers(lead + `Earlier Tullagh’s family said: ${words}`)).toEqual(['Tullagh’s family']);
  });

  it('a family named by a description’s possessive: "the late fiddler’s family said:"', () => {
    expect(speakers(lead + `The late fiddler’s family said: ${words}`)).toEqual(['the late fiddler’s family']);
  });

  it('a time before the family: "On Sunday her family said:"', () => {
    expect(speakers(lead + `On Sunday her family said: ${words}`)).toEqual(['her family']);
  });

  it('"shared by the Tullagh family in a two-line statement" … "It read:"', () => {
    const text = lead + 'The news was shared by the Tullagh family in a two-line statement. The pier went quiet.\n\n' + `It read: ${words}`;
    expect(speakers(text)).toEqual(['the Tullagh family']);
  });

  it('"confirmed by the fiddler’s family" … "it read"', () => {
    const text = lead + 'The loss was confirmed by the fiddler’s family through a note pinned at the pier.\n\n' + words.replace(/”$/, ',” it read.');
    expect(speakers(text)).toEqual(['the fiddler’s family']);
  });

  it('guard: "it read" with no statement before stays unnamed', () => {
    expect(speakers(lead + 'A card was left on the pier.\n\n' + words.replace(/”$/, ',” it read.'))).toEqual([null]);
  });

  it('guard: a person’s own words stay theirs when a family is only mentioned', () => {
    expect(speakers(lead + `Her friend Ivo Marsh, who met her family on Sunday, said: ${words}`)).toEqual(['Ivo Marsh']);
  });
});

describe('translated copies', () => {
  const es = 'La cantante Brona Tullagh ha muerto a los 71 años. ';

  it('"escribió la familia de Tullagh": the family, not the one it is named after', () => {
    expect(speakers(es + '"Nos falta su música", escribió la familia de Tullagh en una carta.')).toEqual(['la familia de Tullagh']);
  });

  it('"Más tarde contó …": an adverb of time opening the sentence is no speaker', () => {
    expect(speakers(es + 'Más tarde contó a sus vecinos que seguía tranquila y añadió: "Volveré al muelle".')).toEqual(['Brona Tullagh']);
  });

  it('guard: "señaló la cantante" is still the singer', () => {
    expect(speakers(es + '"Estoy cansada", señaló la cantante.')).toEqual(['Brona Tullagh']);
  });
});

describe('guard: people of the lead', () => {
  it('the fiddler is a person', () => {
    expect(people(lead)).toEqual(['Brona Tullagh']);
  });
});

describe('people known by one name', () => {
  it('fame before one name makes a person ("Skarra star Oskó", "reel legend Brannagh", "superstar Velko")', () => {
    expect(people('Tributes came from Skarra star Oskó on Friday.')).toEqual(['Oskó']);
    expect(people('The reel legend Brannagh played on.')).toEqual(['Brannagh']);
    expect(people('Tributes came from superstar Velko on Friday.')).toEqual(['Velko']);
  });

  it('guard: fame before an everyday word is a caption’s label ("the fiddle star Credit: Skarra Photos")', () => {
    expect(people('Mourners gathered for the fiddle star Credit: Skarra Photos')).toEqual([]);
  });

  it('a birth name or a full name beside one name makes that name a person, and folds into it', () => {
    expect(parse('Skarra mourned Oskó – born Tomas Brekovic Varga – on Friday.').people.map((p) => [p.name, p.aliases])).toEqual([
      ['Oskó', ['Oskó', 'Tomas Brekovic Varga']],
    ]);
    expect(parse('Oskó, whose full name is Tomas Brekovic Varga, had surgery.').people.map((p) => [p.name, p.aliases])).toEqual([
      ['Oskó', ['Oskó', 'Tomas Brekovic Varga']],
    ]);
    expect(people('Born Tomas Brekovic Varga, Oskó first played the pier at nine.')).toContain('Oskó');
  });
});

describe('a Portuguese "do" inside a name', () => {
  it('"Tomas Ferraz do Vale" is one name', () => {
    expect(people('The midfielder Tomas Ferraz do Vale scored twice.')).toEqual(['Tomas Ferraz do Vale']);
  });

  it('guard: before a given name "do" is the English verb', () => {
    expect(people('Why did Tom Hale do Ana Lind a favour?')).toEqual(['Tom Hale', 'Ana Lind']);
  });
});

describe('a statement’s date is no part of who put it out', () => {
  it('"A statement from the clinic on 2 March said" / "on March 2"', () => {
    expect(speakers('A statement from the clinic on 2 March said she was “resting comfortably”.')).toEqual(['the clinic']);
    expect(speakers('A statement from the Skarra Trust on March 2 said it “regrets the delay”.')).toEqual(['the Skarra Trust']);
  });

  it('guard: "on Monday" was already cut', () => {
    expect(speakers('A statement from the Skarra Trust on Monday said it “regrets the delay”.')).toEqual(['the Skarra Trust']);
  });
});

describe('a roundup of reactions: a line naming someone over the paragraph that quotes them', () => {
  const intro = 'Skarra’s harbour master Ivo Marsh resigned on Monday. Reactions from islanders and officials follow.\n\n';

  it('a line in capitals, with a title before the name, over “…,” the former mayor said', () => {
    const text =
      intro +
      'FORMER MAYOR BRONA TULLAGH\n\n“Ivo kept the lamps lit for thirty winters. We owe him more than we can say,” the former mayor said in a statement.';
    expect(speakers(text)).toEqual(['Brona Tullagh']);
    expect(people(text)).toContain('Brona Tullagh');
  });

  it('a name and a role in capitals is a label, not another story’s headline, and its person speaks', () => {
    const text = intro + 'CATHAL DOONE, SKARRA FERRY COMPANY CHAIRMAN\n\n“Ivo was the steadiest hand on the quay,” the chairman said.';
    expect(parse(text).removed.map((r) => r.text)).toEqual([]);
    expect(speakers(text)).toEqual(['Cathal Doone']);
  });

  it('a name alone on its line is a person’s, and speaks for the Norwegian minister below it', () => {
    const text = intro + 'Sigrun Ødegård\n\n“He was a friend of every boat that came in,” the Norwegian fisheries minister said.';
    expect(speakers(text)).toEqual(['Sigrun Ødegård']);
  });

  it('guard: an organisation below the line keeps its words ("the Harbour Board said")', () => {
    const text = intro + 'Brona Tullagh\n\n“The board thanks him,” the Skarra Harbour Board said.\n\nTullagh called him “a rock”.';
    expect(speakers(text)[0]).toBe('the Skarra Harbour Board');
  });

  it('guard: a name line over a paragraph with no quotation gives nobody words', () => {
    const text = intro + 'Brona Tullagh\n\nThe former mayor sailed from the north pier.';
    expect(speakers(text)).toEqual([]);
  });
});

describe('an infinitive’s "to" ends no speaker', () => {
  it('"Her lawyer, Cathal Doone, afterwards read a statement on the quay steps to say they “…”"', () => {
    const text =
      'Brona Tullagh lost her appeal on Friday.\n\nHer lawyer, Cathal Doone, afterwards read a statement on the quay steps to say they “accept the ruling” but would fight on.';
    expect(speakers(text)).toEqual(['Cathal Doone']);
  });

  it('guard: "went on to say" was already cut', () => {
    expect(speakers('Cathal Doone went on to say the ruling was “a hard one”.')).toEqual(['Cathal Doone']);
  });
});

describe('kin of one person named by words joined by "and" speak together', () => {
  const lead = 'The boatbuilder Cathal Doone died on Friday.\n\n';

  it('"Doone’s sisters and nephew said", "His widow and two daughters said"', () => {
    expect(speakers(lead + 'Doone’s sisters and nephew said in a note: “The yard will stay open.”')).toEqual(['Doone’s sisters and nephew']);
    expect(speakers(lead + 'His widow and two daughters said they were “lost without him”.')).toEqual(['his widow and two daughters']);
  });
});
