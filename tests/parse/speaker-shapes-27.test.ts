/**
 * Speaker and name shapes of the twenty-seventh session, written from scratch with made-up names, places and
 * sentences (a folk band from the made-up harbour town of Senmouth mourns its founder). Tests marked "guard" pass on
 * the start code too: they pin what a rule must not break.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-04' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const names = (source: string) => parse(source).people.map((p) => p.name);

const HEAD = 'Senmouth folk band mourns its founder\n\n';

describe('a capitalised noun for a kind of person before a whole name is the person’s occupation, not their name', () => {
  it('a noun some list also holds as a surname ("Drummer")', () => {
    const text = `${HEAD}The Tidewater Five played their last show in Senmouth in May.\n\nDrummer Oren Fask asked, “Who will count us in now?”`;
    expect(speakers(text)).toEqual(['Oren Fask']);
    expect(names(text)).toContain('Oren Fask');
    expect(names(text)).not.toContain('Drummer Oren Fask');
  });

  it('a noun no list of everyday words holds ("Bassist")', () => {
    const text = `${HEAD}The band met at the harbour chapel on Sunday.\n\nBassist Lisa Marrant said: “He taught every one of us to play.”`;
    expect(speakers(text)).toEqual(['Lisa Marrant']);
  });

  it('a practitioner WordNet does not list, read by its ending ("Primatologist", "Oceanographer")', () => {
    const text =
      `${HEAD}Oceanographer Mira Tollan had sailed on every one of their tours.\n\n` +
      `Primatologist Edda Vorn, a friend since school, said the founder “never once played a song the same way”.`;
    expect(names(text)).toEqual(expect.arrayContaining(['Mira Tollan', 'Edda Vorn']));
    expect(names(text).some((n) => /^(?:Oceanographer|Primatologist)\b/.test(n))).toBe(false);
    expect(speakers(text)).toEqual(['Edda Vorn']);
  });

  it('guard: a given name first is the name ("Hunter Mobray" stays whole)', () => {
    const text = `${HEAD}“We will play his songs at the harbour every summer,” Hunter Mobray said.`;
    expect(speakers(text)).toEqual(['Hunter Mobray']);
  });

  it('guard: a person noun that is also an adjective stays ("Super Tide Holdings" is no person, "Elder" no title)', () => {
    const text = `${HEAD}“The hall was full by noon,” said Elder Rasmus Kvarn, who runs the chapel.`;
    expect(speakers(text)).toEqual(['Elder Rasmus Kvarn']);
  });
});

describe('an occupation before a name brings the name in', () => {
  it('a practitioner’s noun in lower case before two everyday-looking words ("bassist Rook Mercer")', () => {
    const text = `${HEAD}The group started out with bassist Rook Mercer and a drummer from the docks.`;
    expect(names(text)).toContain('Rook Mercer');
  });

  it('an occupation opening a sentence before a one-word name ("Cellist Vorn wrote")', () => {
    const text = `${HEAD}Messages reached the harbour all night.\n\nCellist Vorn wrote: “Rest easy.”`;
    expect(speakers(text)).toEqual(['Vorn']);
    expect(names(text)).toEqual(['Vorn']);
  });

  it('a listed role opening a sentence before a one-word name, with a clause after it ("Singer Kesh, who …, said")', () => {
    const text = `${HEAD}Singer Kesh, who sang at the farewell show, said the founder had been “a lighthouse”.`;
    expect(speakers(text)).toEqual(['Kesh']);
  });

  it('guard: a word for kin or a religious rank stays with the name ("Mother Lucia said")', () => {
    const text = `${HEAD}Mother Lucia said: “We sing for him tonight.”`;
    expect(speakers(text)).toEqual(['Mother Lucia']);
    expect(names(text)).not.toContain('Lucia');
  });
});

describe('a name ending in a social platform’s is an account, not a person', () => {
  it('"The official Quill Harbour Instagram page posted …" makes no person of the band; the page speaks', () => {
    const text = `${HEAD}The official Quill Harbour Instagram page posted a photo from the last show: “Forever at sea.”\n\nLisa Marrant, the bassist, said the band would take a year off.`;
    const people = names(text);
    expect(people.some((n) => /Instagram|Quill/.test(n))).toBe(false);
    expect(people).toContain('Lisa Marrant');
    expect(speakers(text)).toEqual(['the official Quill Harbour Instagram page']);
  });

  it('guard: a person who posts on a platform is still that person', () => {
    const text = `${HEAD}Lisa Marrant wrote on Instagram: “Forever at sea.”`;
    expect(speakers(text)).toEqual(['Lisa Marrant']);
  });
});

describe('a quotation between two capitalised words is no nickname', () => {
  it('"… at Senmouth Quay ‘We are not done yet,’ Fask tells the crowd" keeps the place and the person apart', () => {
    const text = `${HEAD}Drummer Oren Fask closed the show at Senmouth Quay.\n\n` + `Crowd sings at Senmouth Quay ‘We are not done yet,’ Fask tells the crowd`;
    const people = names(text);
    expect(people).toContain('Oren Fask');
    expect(people.some((n) => /Quay/.test(n))).toBe(false);
    expect(speakers(text)).toEqual(['Oren Fask']);
  });

  it('guard: a nickname of one word between a given name and a surname is still masked', () => {
    const text = `${HEAD}Oren “Tiller” Fask started the group as a boy. Later Tiller said it had been an accident.`;
    const people = parse(text).people;
    const fask = people.find((p) => p.name === 'Oren Fask');
    expect(fask?.aliases).toContain('Tiller');
  });
});

describe('a company named with its legal form after a comma', () => {
  it('"Quill Harbour Media Group, Inc. said on Friday: “…”": the whole company, not "Inc."', () => {
    const text = `${HEAD}Quill Harbour Media Group, Inc. said on Friday: “The tribute concert will air on Friday.”`;
    expect(speakers(text)).toEqual(['Quill Harbour Media Group, Inc.']);
  });

  it('"In a statement, Senmouth Records, LLC said it “…”": the whole company', () => {
    const text = `${HEAD}In a statement, Senmouth Records, LLC said it would “reissue every album by spring”.`;
    expect(speakers(text)).toEqual(['Senmouth Records, LLC']);
  });

  it('guard: a company named without its legal form is unchanged', () => {
    const text = `${HEAD}Senmouth Records said on Friday: “Every album will be reissued.”`;
    expect(speakers(text)).toEqual(['Senmouth Records']);
  });
});

describe('a headline pasted into a paragraph: a surname, then its verb', () => {
  const HEADLINE_LINE = 'Arts / Mayor Ilse Brand and Fask Clash With Council Over Harbour Stage ‘We will play anyway,’ Fask tells the council By Nora Quist';

  it('"… and Fask Clash With Council …" makes no person "Fask Clash"; the body’s "Fask said" is Oren Fask', () => {
    const text = `${HEAD}${HEADLINE_LINE}\n\nMayor Ilse Brand met drummer Oren Fask at the quay on Tuesday.\n\n“The stage stays where it is,” Fask said.`;
    expect(names(text)).not.toContain('Fask Clash');
    expect(speakers(text)).toEqual(['Oren Fask', 'Oren Fask']);
  });

  it('guard: a name whose second word is an everyday word stays whole when the article goes by that word ("Tobin Lantern … Lantern said")', () => {
    const text = `${HEAD}Tobin Lantern, who toured with them one winter, flew in from Oslo.\n\n“I owe him my voice,” Lantern said.`;
    expect(names(text)).toContain('Tobin Lantern');
    expect(speakers(text)).toEqual(['Tobin Lantern']);
  });
});

describe('relatives named by their given name take the surname of whose kin they are', () => {
  const OBIT = 'Former harbourmaster Oren Fask dies at 84\n\nOren Fask, who ran Senmouth harbour for thirty years, has died. He was 84.\n\n';

  it('"survived by his wife, Ilse, and their children Jonas, Mira and Lena": four people of his surname', () => {
    const text = `${OBIT}Fask is survived by his wife, Ilse, and their children Jonas, Mira and Lena.`;
    expect(names(text)).toEqual(expect.arrayContaining(['Oren Fask', 'Ilse Fask', 'Jonas Fask', 'Mira Fask', 'Lena Fask']));
  });

  it('"His daughter Mira wrote …": the daughter, by her full name; the surname alone is still him', () => {
    const text = `${OBIT}His daughter Mira wrote on the harbour’s page: “He knew every boat by its sound.”\n\n“I never wanted another life,” Fask said in 2019.`;
    expect(speakers(text)).toEqual(['Mira Fask', 'Oren Fask']);
  });

  it('"Fask’s son Jonas said …": the possessor named', () => {
    const text = `${OBIT}Fask’s son Jonas said the harbour would fly its flags at half-mast “for a whole week”.`;
    expect(speakers(text)).toEqual(['Jonas Fask']);
  });

  it('"Tom Hale and his wife, Laura": the kin of the person named in the same sentence, not of the person the article is about', () => {
    const text = `${OBIT}Fask led the harbour board for a decade.\n\nFormer mayor Tom Hale and his wife, Laura, said in a joint note that he “kept the town afloat”.`;
    expect(names(text)).toContain('Laura Hale');
    expect(names(text)).not.toContain('Laura Fask');
  });

  it('a relative’s role gives their sex: "he" after "His daughter Kim … said" is not Kim', () => {
    const text = `${OBIT}His daughter Kim, a former state senator, said her father “served with honor”. “I was lucky,” he told the Courier in 2015.`;
    expect(speakers(text)).toEqual(['Kim Fask', 'Oren Fask']);
  });

  it('a statement signed with given names only ("… by the sea. Ilse, Jonas, Mira and Lena."): the family of the person the article is about', () => {
    const text = `${OBIT}The family asked for privacy: “Please give us some quiet weeks by the sea. Ilse, Jonas, Mira and Lena.”\n\nFask played his last show in May.`;
    expect(names(text)).toEqual(expect.arrayContaining(['Ilse Fask', 'Jonas Fask', 'Mira Fask', 'Lena Fask']));
  });

  it('guard: a sentence listing places is no signature ("Oslo, Bergen, Tromsø and Senmouth.")', () => {
    const text = `${OBIT}He played every harbour on the coast. Oslo, Bergen, Tromsø and Senmouth.`;
    expect(names(text)).toEqual(['Oren Fask']);
  });

  it('guard: a relative named in full keeps their own name ("his wife, Ilse Brand")', () => {
    const text = `${OBIT}Fask is survived by his wife, Ilse Brand, a painter.`;
    expect(names(text)).toContain('Ilse Brand');
    expect(names(text)).not.toContain('Ilse Fask');
  });
});

describe('"the statement read" right after a sentence that says who announced it', () => {
  it('"…, his family said on Tuesday. / “…,” the statement read": the family', () => {
    const text = `${HEAD}Oren Fask died in his sleep, his family said on Tuesday.\n\n“He was at home, with the sea in the window,” the statement read.`;
    expect(speakers(text)).toEqual(['his family']);
  });

  it('"…, the Harbour Board announced on Monday. / “…,” the statement said": the board', () => {
    const text = `${HEAD}The quay will be named after him, the Senmouth Harbour Board announced on Monday.\n\n“No one knew these waters better,” the statement said.`;
    expect(speakers(text)).toEqual(['the Senmouth Harbour Board']);
  });

  it('"… died on Tuesday, his wife, Ilse, and three of their sons announced in a family note. / “…,” the message read": them, as written', () => {
    const text = `${HEAD}The founder of the Tidewater Five died on Tuesday, his wife, Ilse, and three of their sons announced in a family note.\n\n“He was at home, with the sea in the window,” the message read.`;
    expect(speakers(text)).toEqual(['his wife, Ilse, and three of their sons']);
  });

  it('guard: with no one announcing anything right before, "the statement" stays as written', () => {
    const text = `${HEAD}Oren Fask died on Tuesday, aged 79.\n\n“He was at home,” the statement said.`;
    expect(speakers(text)).toEqual(['the statement']);
  });
});

describe('one word after "<title> of" is the office’s firm or place', () => {
  it('"the CEO of Brightol" makes no person of the firm', () => {
    const text = `${HEAD}“Ask the CEO of Brightol how his spring went,” Oren Fask told the crowd.`;
    expect(names(text)).toEqual(['Oren Fask']);
  });

  it('guard: a peer’s style is still a person ("the Duke of Senmouth said")', () => {
    const text = `${HEAD}The Duke of Senmouth said the band “belonged to the whole coast”.`;
    expect(speakers(text)).toEqual(['Duke of Senmouth']);
  });

  it('guard: an office, then a surname, is that person ("Secretary of State Lind said")', () => {
    const text = `${HEAD}Secretary of State Lind said the band “belonged to the whole coast”.`;
    expect(speakers(text)).toEqual(['Lind']);
  });
});

describe('"so said X" opening a translated copy’s sentence', () => {
  it('Italian "È quanto ha dichiarato la sindaca, Ilse Brand, annunciando …": the name in apposition', () => {
    const text = `${HEAD}Ilse Brand guida il porto da vent’anni.\n\nÈ quanto ha dichiarato la sindaca, Ilse Brand, annunciando “una banchina nuova”.`;
    expect(speakers(text)).toEqual(['Ilse Brand']);
  });

  it('Spanish "Así lo afirmó la alcaldesa Ilse Brand, que prometió …"', () => {
    const text = `${HEAD}Ilse Brand dirige el puerto.\n\nAsí lo afirmó la alcaldesa Ilse Brand, que prometió “una nueva era”.`;
    expect(speakers(text)).toEqual(['Ilse Brand']);
  });

  it('guard: an Italian subject before its verb is read as before ("Ilse Brand ha detto …")', () => {
    const text = `${HEAD}Ilse Brand ha detto che il porto resterà aperto “per sempre”.`;
    expect(speakers(text)).toEqual(['Ilse Brand']);
  });
});

describe('a person and their side speak together, as written', () => {
  it('"Mayor Ilse Brand and her allies called the closure a “…”"', () => {
    expect(speakers(`${HEAD}Mayor Ilse Brand and her allies called the closure a “betrayal”.`)).toEqual(['Mayor Ilse Brand and her allies']);
  });

  it('a fragment in a sentence whose subject is someone and their side: "Ilse Brand and her allies have long mocked the inquiry as a “…”"', () => {
    expect(speakers(`${HEAD}Ilse Brand and her allies have long mocked the inquiry as a “fairy tale”.`)).toEqual(['Ilse Brand and her allies']);
  });

  it('a translated copy: "Ilse Brand y sus seguidores lo calificaron de “…”"', () => {
    expect(speakers(`${HEAD}Ilse Brand y sus seguidores lo calificaron de “traición”.`)).toEqual(['Ilse Brand y sus seguidores']);
  });

  it('guard: a relative is no side ("Ilse Brand and her daughter …": still Ilse Brand)', () => {
    expect(speakers(`${HEAD}Ilse Brand and her daughter have long mocked the inquiry as a “fairy tale”.`)).toEqual(['Ilse Brand']);
  });

  it('guard: "Brand spoke and her allies said …": the clause after "and" has its own subject', () => {
    expect(speakers(`${HEAD}Brand spoke first and her allies said the vote was “rigged”.`)).toEqual(['her allies']);
  });
});

describe('a year after a translated copy’s inverted speaker is no part of the name', () => {
  it('"« … », avait confié Tiller en 2023." gives "Tiller"', () => {
    const text = `${HEAD}Le fondateur du groupe est mort lundi.\n\n« Encore deux étés sur le quai, et puis on verra », avait confié Tiller en 2023.`;
    expect(speakers(text)).toEqual(['Tiller']);
  });
});

describe('fragments joined by "and a" share the inverted reporting clause that closes the sentence', () => {
  it('"Fask was a “…” and a “…” said Mayor Ilse Brand in a tribute.": both fragments are hers', () => {
    const text = `${HEAD}Mayor Ilse Brand led the tributes on the quay.\n\nOren Fask was a “lighthouse” and a “stubborn genius” said Mayor Ilse Brand in a tribute.`;
    expect(speakers(text)).toEqual(['Ilse Brand', 'Ilse Brand']);
  });

  it('guard: fragments after a verb of calling stay with its subject ("Fask called the plan “…” and the board “…”")', () => {
    const text = `${HEAD}Oren Fask called the plan “a disgrace” and the board “a shambles”.`;
    expect(speakers(text)).toEqual(['Oren Fask', 'Oren Fask']);
  });
});

describe('a saint’s word in a run no given name opens names a place', () => {
  it('"Domus Sanctae Ursulae said …" and "la Terre Sainte" are no people', () => {
    expect(names(`${HEAD}Domus Sanctae Ursulae said the old singer had died in the night.`)).toEqual([]);
    expect(names(`${HEAD}Oren Fask a chanté pour la Terre Sainte.`)).toEqual(['Oren Fask']);
  });

  it('guard: a name a given name opens keeps its saint’s word ("Marie Sainte-Croix said")', () => {
    const text = `${HEAD}“He played for the whole coast,” Marie Sainte-Croix said.`;
    expect(speakers(text)).toEqual(['Marie Sainte-Croix']);
  });
});

describe('a middle initial written without its full stop', () => {
  it('"President Tomas D Verrel" is one person, not "Tomas"', () => {
    const text = `${HEAD}Mayor Ilse Brand, President Tomas D Verrel and Senator Rui Moss sent flowers to the quay.`;
    expect(names(text)).toContain('Tomas D Verrel');
    expect(names(text)).not.toContain('Tomas');
  });

  it('guard: "A" after a name in a headline is no initial ("Fask A Legend, Says Brand")', () => {
    const text = `Oren Fask A Legend Of The Quay\n\n“He was ours,” said Mayor Ilse Brand.`;
    expect(names(text)).not.toContain('Oren Fask A Legend');
  });
});
