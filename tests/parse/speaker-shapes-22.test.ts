/**
 * Speaker and name shapes of the twenty-second session, written from scratch with made-up names, places and
 * sentences (a dock strike in the made-up port of Brennmark). Tests marked "guard" pass on the start code too: they
 * pin what a rule must not break. Real country names appear only where the rule depends on knowing a place.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';
import { WarningCode } from '../../src/lib/errors.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-03-02' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const quotes = (source: string) => parse(source).quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]);

const HEAD = 'Dock strike closes the port of Brennmark\n\n';

describe('the speaker after a quotation, however it is written', () => {
  it('a role of more than sixty characters before the name in apposition: the name, not whom it was told to', () => {
    expect(
      speakers(
        `${HEAD}“Nobody loads a ship tonight,” the Port Authority of Brennmark’s chief harbour safety inspector, Sela Dorrin, told reporters on the quay.`,
      ),
    ).toEqual(['Sela Dorrin']);
  });

  it('a nickname in marks inside the name after the quotation: the person', () => {
    expect(speakers(`${HEAD}The gates stayed shut.\n\n“We have coffee for a week,” Joris “Bull” Wendt said as he walked the picket line.`)[0]).toBe(
      'Joris Wendt',
    );
  });

  it('the reporting clause broken off into the next paragraph after a quotation closing on a comma', () => {
    expect(
      speakers(
        `${HEAD}The gates stayed shut.\n\n“We are not going back to twelve-hour shifts,”\n\nMaren Ulveth said outside the union hall on Monday, as the rain set in.`,
      ),
    ).toEqual(['Maren Ulveth']);
  });

  it('guard: a quotation closing on a comma before a paragraph that names nobody speaking gets no speaker from it', () => {
    expect(speakers(`${HEAD}The gates stayed shut.\n\n“We are not going back to twelve-hour shifts,”\n\nThe container yard was empty by noon.`)).toEqual([
      null,
    ]);
  });

  it('French "ont crié les dockers": a plural auxiliary before the verb of saying', () => {
    expect(speakers(`${HEAD}La grève continue. « Le port est à nous ! », ont crié les dockers.`)).toEqual(['les dockers']);
  });

  it('French "a déclaré un docker ayant travaillé …": the participle describes the speaker, it is not part of the name', () => {
    expect(speakers(`${HEAD}« On ne lâchera rien », a déclaré un docker ayant travaillé quarante ans sur ce quai.`)).toEqual(['un docker']);
  });
});

describe('words on signs and in chants are the crowd’s', () => {
  it('"with signs that read “…” and “…”": the ones holding them, not the subject of the next sentence', () => {
    expect(
      speakers(
        `${HEAD}By noon a hundred workers stood at the gate with signs that read “Fair shifts now” and “No more night cuts.” The harbour board answered with silence.`,
      ),
    ).toEqual(['workers', 'workers']);
  });

  it('"joined the protesters …, chanting “…” (“…”) and “…”": the crowd nearest the chant, slogans in title case and translations too', () => {
    expect(
      speakers(
        `${HEAD}On the second night the dockers’ wives joined the protesters at the cranes, chanting “Lohn statt Lügen” (“Wages, not lies”) and “Open The Books Today” until the lights went out.`,
      ),
    ).toEqual(['the protesters', 'the protesters', 'the protesters']);
  });

  it('guard: a named person who chants is the speaker', () => {
    expect(speakers(`${HEAD}Henk Vossberg led the march to the gate, chanting “Fair shifts now” all the way.`)).toEqual(['Henk Vossberg']);
  });

  it('German "skandierten die Hafenarbeiter" after the quotation: the dock workers', () => {
    expect(speakers(`${HEAD}„Öffnet die Bücher“, skandierten die Hafenarbeiter.`)).toEqual(['die Hafenarbeiter']);
  });
});

describe('a quotation running over paragraphs with only its outer marks', () => {
  const text = `${HEAD}Councillor Ilka Termaat wrote to the union on Saturday:\n\n“This strike can end tomorrow if both sides sit down at one table.\n\nThe families on the quay have waited long enough for an answer.\n\nI will chair the talks myself if that is what it takes.”\n\nThe board has not replied.`;

  it('each paragraph is a direct quotation of the one who opened it', () => {
    expect(quotes(text)).toEqual([
      ['This strike can end tomorrow if both sides sit down at one table.', 'direct', 'Ilka Termaat'],
      ['The families on the quay have waited long enough for an answer.', 'direct', 'Ilka Termaat'],
      ['I will chair the talks myself if that is what it takes.', 'direct', 'Ilka Termaat'],
    ]);
  });

  it('and no mark is reported as unclosed or unopened', () => {
    const codes = parse(text).warnings.map((w) => w.code);
    expect(codes).not.toContain(WarningCode.unclosedQuote);
    expect(codes).not.toContain(WarningCode.unopenedQuote);
  });

  it('guard: a signature line under a quotation is not a quotation', () => {
    expect(
      quotes(`${HEAD}The union printed one line on its leaflet.\n\n“We will not sign anything that cuts a single shift.\nBo Falkner, union secretary.”`).map(
        (q) => q[0],
      ),
    ).toEqual(['We will not sign anything that cuts a single shift.']);
  });
});

describe('a heading glued to the paragraph after it', () => {
  const glued = `${HEAD}The Harbour Council met on Sunday.\n\nA Letter to the Harbour CouncilCouncillor Henk Vossberg wrote to both sides after the meeting:\n\n“Both sides must return to the table this week.”\n\nCouncillor Vossberg has sat on the council for ten years.`;

  it('gets its line break back, so the statement’s author speaks, with a warning', () => {
    const r = parse(glued);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Henk Vossberg']);
    expect(r.warnings.map((w) => w.code)).toContain(WarningCode.missingLineBreak);
    expect(r.blocks.map((b) => b.text)).toContain('Councillor Henk Vossberg wrote to both sides after the meeting:');
  });

  it('guard: a brand, a hashtag and a name that open with two capitals stay whole', () => {
    const r = parse(
      `${HEAD}Strikers on YouTube and under #PortWatch followed Anna McAllister and the port’s PayRoll office. You can watch. Port staff Watch too.`,
    );
    expect(r.warnings.map((w) => w.code)).not.toContain(WarningCode.missingLineBreak);
  });
});

describe('roles and titles', () => {
  it('"Assemblymember" is a title, not part of the name', () => {
    expect(parse(`${HEAD}“Open the gates,” Assemblymember Ruda Amsel said on Sunday.`).people.map((p) => p.name)).toEqual(['Ruda Amsel']);
  });

  it('"She reminded …" before a quotation: the one who spoke in the paragraph before', () => {
    expect(
      speakers(
        `${HEAD}“We have counted every crate,” Ruda Amsel said.\n\nShe reminded the crews once more about the cranes. “I will not see another worker hurt this year.”`,
      ),
    ).toEqual(['Ruda Amsel', 'Ruda Amsel']);
  });

  it('"the president said" when nobody is titled president: the one country leader the article names', () => {
    expect(
      speakers(`${HEAD}Piet Laske, the Peruvian leader, flew over the port on Thursday.\n\n"We are ready to help," the president said afterwards.`),
    ).toEqual(['Piet Laske']);
  });

  it('guard: "the president" is the one titled president, over a leader of a country', () => {
    expect(
      speakers(
        `${HEAD}Piet Laske, the Peruvian leader, and President Sela Dorrin flew over the port on Thursday.\n\n"We are ready to help," the president said afterwards.`,
      ),
    ).toEqual(['Sela Dorrin']);
  });

  it('Spanish "el mandatario" after "el presidente …": the president', () => {
    expect(
      speakers(
        `${HEAD}El presidente Piet Laske habló por la mañana con los sindicatos.\n\nPor la tarde el mandatario visitó el muelle. “Nadie perderá su turno”, dijo el mandatario.`,
      ),
    ).toEqual(['Piet Laske']);
  });
});

describe('who the words before a quotation point to', () => {
  it('French "« … » Le président … a posté …": a sentence after the quotation whose subject posted it', () => {
    expect(
      speakers(
        `${HEAD}Le syndicat a quitté la table.\n\n« Tenez bon, nous sommes avec vous ! » Le président Piet Laske a posté ce message sur son compte vers minuit.`,
      ),
    ).toEqual(['Piet Laske']);
  });

  it('an organisation that said something at the end of the paragraph before, after two opening phrases', () => {
    expect(
      speakers(
        `${HEAD}The cranes stood still.\n\nIn Brennmark, after the night shift had gone home, the Brennmark Dockers’ Relief Fund said it would cover lost wages for a month.\n\n“No family on this quay will miss a rent payment because of the strike.”`,
      ),
    ).toEqual(['the Brennmark Dockers’ Relief Fund']);
  });

  it('"According to an announcement from X, Y sent … It added that “…”": Y, not the office the announcement came from', () => {
    expect(
      speakers(
        `${HEAD}According to an announcement from the Brennmark Harbour Office, the Coast Guard sent two boats to the basin overnight. It added that “any vessel leaving without clearance will be stopped.”`,
      ),
    ).toEqual(['the Coast Guard']);
  });

  it('guard: "… according to a statement released by X. “…,” it said": X', () => {
    expect(speakers(`${HEAD}The basin was closed, according to a statement released by Harbourline. “We regret the delay,” it said.`)).toEqual(['Harbourline']);
  });

  it('"The chief of … released a video … / He said “…”": the one described', () => {
    expect(
      speakers(
        `${HEAD}The gates stayed shut.\n\nThe chief of the harbour police released a short video late on Tuesday.\n\nHe said “every officer in the district will be sent to the cranes”.`,
      ),
    ).toEqual(['the chief of the harbour police']);
  });
});

describe('where a name ends', () => {
  const people = (source: string) => parse(source).people.map((p) => p.name);

  it('a headline-case irregular past after the name is no part of it ("Shot")', () => {
    expect(people('Petra Amsel Shot at Brennmark Picket Line\n\nPetra Amsel was taken to hospital on Monday.')).toEqual(['Petra Amsel']);
  });

  it('guard: an everyday word that ends a name in running text stays in it', () => {
    expect(people(`${HEAD}The ferry captain Kimiko Date said the basin was calm.`)).toEqual(['Kimiko Date']);
  });

  it('a hyphenated title with "Auditor" before the name is no part of it', () => {
    expect(people(`${HEAD}At the gate stood Deputy Auditor-General Karel Vennick. He said the port’s books were in order.`)).toEqual(['Karel Vennick']);
  });

  it('French "son Envoyé spécial" is a title, no person', () => {
    expect(people(`${HEAD}Ivo Brask est venu avec son Envoyé spécial, Tomas Greve. « Rien n’est prêt », a dit Tomas Greve.`)).toEqual([
      'Ivo Brask',
      'Tomas Greve',
    ]);
  });

  it('French "L’ouragan …" opening a sentence is no name', () => {
    expect(people(`${HEAD}L’ouragan Sandra a touché terre mardi. Selon Petra Amsel, « le port restera fermé ».`)).toEqual(['Petra Amsel']);
  });
});

describe('a byline with no "By"', () => {
  it('a line that is only a name above the story is its author, not a person of the story', () => {
    const r = parse(
      'Talks fail as the strike enters its third week\n\nHelga Brandvik\nBRENNMARK, March 2: The dock strike went on.\n\n“We stay out,” Petra Amsel said.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Petra Amsel']);
    expect(r.source.author).toBe('Helga Brandvik');
    expect(r.removed.map((x) => [x.text, x.reason])).toContainEqual(['Helga Brandvik', 'byline']);
  });

  it('guard: a name alone on a line inside the story stays', () => {
    const r = parse(`${HEAD}The strike went on.\n\nHelga Brandvik\n\nShe has worked the cranes for thirty years, and she said the port “owes us an answer”.`);
    expect(r.removed.map((x) => x.reason)).not.toContain('byline');
  });
});
