/**
 * Speaker and name shapes of the nineteenth session, written from scratch with made-up names, places and sentences
 * (a rockslide that cut the made-up Ostrelund valley railway). Tests marked "guard" pass on the start code too: they
 * pin what a rule must not break. Real country names appear only where the rule depends on knowing a place.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source, meta: { story: 's', outlet: 'O', published: '2025-05-02' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);

const HEAD = 'Rockslide cuts the Ostrelund valley line\n\n';
/** A first paragraph long enough that a short test reads as English prose, not as a text that capitalises nouns. */
const LEAD = 'Crowds gathered at the station on Sunday night, and many people laid flowers by the gates of the old depot where the rocks came down.\n\n';

describe('armed and political groups by the noun they are called by', () => {
  it('"the militant group Kestrava said … / “…,” the rebel faction said": the group named after its noun', () => {
    expect(
      speakers(
        `${HEAD}The slide buried a checkpoint held by the militant group Kestrava, its spokesman said.\n\n“Our men dug for two days,” the rebel faction said.`,
      ),
    ).toEqual(['Kestrava']);
  });

  it('"The armed faction praised Teral, whom it called “…”": "it" is the group its own sentence opens with', () => {
    expect(
      speakers(
        `${HEAD}Commander Yusuf Teral led the diggers, the militant group Kestrava said.\n\nThe armed faction praised Teral, whom it called “a son of the valley”.`,
      ),
    ).toEqual(['Kestrava']);
  });

  it('"His remarks were aired after Kestrava accused …": a possessive opening a sentence is no group; the clause’s subject is', () => {
    expect(
      speakers(
        `${HEAD}Yusuf Teral was hurt at the cutting on Monday.\n\nHis remarks were aired after Kestrava accused the border guards of blocking the road.\n\nIn a statement, the group said that Teral had been hurt “while clearing stones for strangers”.\n\n“We ask for nothing in return,” the statement said.`,
      ),
    ).toEqual(['Kestrava', 'Kestrava']);
  });
});

describe('a message and the one who wrote it', () => {
  it('"Ayatollah Ondra’s message to the families read" then "the message said": the surname’s one bearer', () => {
    expect(
      speakers(
        `${HEAD}Ayatollah Casimir Ondra spoke of the engineers on Saturday.\n\n“Their road will be finished,” Ayatollah Ondra’s message to the families read.\n\nTwo days of mourning began in the valley, the agency reported.\n\n“They died clearing the way for others,” the message said.`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });
});

describe('a role whose holder the article names only further down', () => {
  it('"the valley’s fire chief conceded “…”" in the lead, "Fire chief Han Seo-rin" below, after someone else is named', () => {
    expect(
      speakers(
        `Minister visits the Ostrelund cutting\n\n- Transport Minister Bogdan Reml visited the cutting on Sunday\n\nThe line stays shut this week, as the valley’s fire chief conceded “grave mistakes” in reading the alarms.\n\nFire chief Han Seo-rin has led the service since 2019.`,
      ),
    ).toEqual(['Han Seo-rin']);
  });

  it('guard: with no holder anywhere, the role stays as written', () => {
    expect(speakers(`${HEAD}The valley’s fire chief conceded “grave mistakes” in reading the alarms.\n\nCrews worked through the night.`)).toEqual([
      'the valley’s fire chief',
    ]);
  });

  it('"the Ostrelund Rail Safety Board’s chair said": an organisation of several words owning the role, with its article', () => {
    expect(
      speakers(
        `${HEAD}The slide began at a culvert that had been “blocked for months”, the Ostrelund Rail Safety Board’s chair said on Wednesday.\n\nORSB Chair Elif Sarnak has run the board since March.`,
      ),
    ).toEqual(['Elif Sarnak']);
  });
});

describe('a country’s role written with capitals', () => {
  it('"Peru’s Chief Prosecutor said" after an untitled speaker: the one who spoke just before', () => {
    expect(
      speakers(
        `${HEAD}Casimir Ondra said in a statement on Sunday that an inquiry was “owed to the families”.\n\n“We owe them the whole truth,” Peru’s Chief Prosecutor said on Monday.`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });

  it('"Peru’s Spiritual Leader" is not the president the article names: a role narrowed by a word no title shares', () => {
    expect(
      speakers(
        `${HEAD}Peru President Bogdan Reml visited the valley on Tuesday. Casimir Ondra said in a statement on Sunday that an inquiry was “owed to the families”.\n\n“We owe them the whole truth,” Peru’s Spiritual Leader said on Monday.`,
      ).at(-1),
    ).toBe('Casimir Ondra');
  });

  it('guard: "Peru’s leader" is still the president the article names', () => {
    expect(
      speakers(
        `${HEAD}Peru President Bogdan Reml visited the valley on Tuesday. Casimir Ondra spoke to the crowd.\n\n“We owe them the whole truth,” Peru’s leader said on Monday.`,
      ),
    ).toEqual(['Bogdan Reml']);
  });

  it('"Peru’s Supreme Leader" when one person holds a title with "supreme" somewhere: that person, not the president', () => {
    expect(
      speakers(
        `${HEAD}Peru President Bogdan Reml was sworn in on Tuesday.\n\n“We owe them the whole truth,” Peru’s Supreme Leader said on Monday.\n\nSupreme Leader Casimir Ondra had opened the valley line in 1998.`,
      ),
    ).toEqual(['Casimir Ondra']);
  });

  it('"Ayatollah Ondra told … / The Leader stated the militia chief had “…”": the one the sentence before is about', () => {
    expect(
      speakers(
        `${HEAD}Grand guide Casimir Ondra visited militia chief Yusuf Teral in hospital on Saturday.\n\nAyatollah Ondra told the crowd the pass would be cleared.\n\nThe Leader stated the militia chief had “kept the pass open for thirty winters”.`,
      ),
    ).toEqual(['Casimir Ondra']);
  });
});

describe('a headline or a subheading in marks said again below', () => {
  it('‘No warning from the slope’ takes the speaker of the paragraph quoting those words', () => {
    expect(
      speakers(
        `${HEAD}${LEAD}‘No warning from the slope’\n\nEngineer Hedda Vrolik spoke to reporters at the depot on Monday.\n\nShe said there had been “no warning from the slope at all” before the rocks fell.`,
      ),
    ).toEqual(['Hedda Vrolik', 'Hedda Vrolik']);
  });

  it('guard: one word alone is no echo (one word recurs by chance)', () => {
    expect(speakers(`${HEAD}${LEAD}‘Shaken’\n\nEngineer Hedda Vrolik said the crews were “shaken” but safe.`)).toEqual([null, 'Hedda Vrolik']);
  });

  it('a title-case line under a section label ("Ondra Tours Cutting: ‘We Will Rebuild The Line’") echoes the body', () => {
    expect(
      speakers(
        `Valley news\n\nOndra Tours Cutting: ‘We Will Rebuild The Line’\n\nPresident Casimir Ondra visited the cutting on Friday.\n\n“We will rebuild the line, stone by stone,” Ondra said.`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });
});

describe('reporting clauses that close a sentence', () => {
  it('"…, teilte das Verkehrsministerium mit": a German separable verb’s particle is no part of the speaker', () => {
    expect(speakers('Felssturz im Ostrelund-Tal\n\n«Die Strecke bleibt gesperrt», teilte das Verkehrsministerium mit.')).toEqual(['das Verkehrsministerium']);
  });

  it('"…, according to Peru’s transport minister." after a one-word fragment, in a paragraph that goes on', () => {
    expect(
      speakers(
        `${HEAD}The slide buried the line with “loose” shale from the slope on Sunday morning, according to Peru’s transport minister. Crews reached the cutting by noon.`,
      ),
    ).toEqual(['Peru’s transport minister']);
  });

  it('"a-t-elle écrit sur X. Irena Stosz se …": the platform’s letter after "sur" is no initial', () => {
    expect(
      speakers('Éboulement dans la vallée\n\n« Il faut rouvrir la ligne », a-t-elle écrit sur X. Irena Stosz se rendra sur place « dès demain ».'),
    ).toEqual(['Irena Stosz', 'Irena Stosz']);
  });

  it('"According to him, … “…”": the object pronoun stands for the person as "he" does', () => {
    expect(
      speakers(
        `${HEAD}Casimir Ondra visited the cutting on Monday. “We will need help,” he said.\n\nAccording to him, the repairs will cost “more than the line earns in a decade”.`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });
});

describe('openings and translated clauses', () => {
  it('"Calling it “…,” Ondra lit a candle …": a participle of naming takes the subject of its main clause', () => {
    expect(
      speakers(`${HEAD}Regional Governor Casimir Ondra has spoken of his grief. Calling it “a wound for the whole valley,” Ondra lit a candle at the depot.`),
    ).toEqual(['Casimir Ondra']);
  });

  it('guard: "Calling it “…,” the minister said …" keeps the reporting clause', () => {
    expect(speakers(`${HEAD}Calling it “a wound for the whole valley,” the minister said the line would reopen.`)).toEqual(['the minister']);
  });

  it('Spanish "dijo a Ana Ruiz": the one it was said to is no speaker, nor the one "de" governs; the subject before is', () => {
    expect(
      speakers(
        'Derrumbe en el valle de Ostrelund\n\nLa casa de Tomás Reyero quedó bajo las rocas. Su hermana, Inés Barral, llegó por la tarde.\n\n"Nadie nos avisó", dijo a Ana Ruiz, de la radio local.',
      ),
    ).toEqual(['Inés Barral']);
  });

  it('French "a promis": a promise is a thing said', () => {
    expect(speakers('Éboulement dans la vallée\n\nLa voie restera fermée. « La ligne sera rouverte avant l’hiver », a promis Irena Stosz.')).toEqual([
      'Irena Stosz',
    ]);
  });
});

describe('speakers by the noun for them', () => {
  it('"the airport posted on X", "the museum said": a body named before by its noun', () => {
    expect(speakers(`${HEAD}Trains stopped short of Ostrelund Airport.\n\n"Shuttle buses run every ten minutes," the airport posted on X.`)).toEqual([
      'Ostrelund Airport',
    ]);
    expect(speakers(`${HEAD}The Ostrelund Museum of Rail shut its doors on Sunday. "The collection is safe," the museum said.`)).toEqual([
      'the Ostrelund Museum of Rail',
    ]);
  });

  it('"the flight attendant can be heard telling people, “…”": a crew member by the noun for the job', () => {
    expect(
      speakers(`${HEAD}In the clip, the flight attendant can be heard telling people, “Stay low and walk to the light,” as smoke fills the aisle.`),
    ).toEqual(['the flight attendant']);
  });

  it('a straight quotation set off by spaces inside still closes before its comma (" Wir prüfen … ", sagte …)', () => {
    const quotes = parse('Felssturz im Ostrelund-Tal\n\nDie Strecke bleibt gesperrt. " Wir prüfen jeden Meter ", sagte Irena Stosz am Abend.').quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['Wir prüfen jeden Meter', 'Irena Stosz']]);
  });

  it('"reporters heard a woman shouting, “…”": the one heard, not the ones who heard', () => {
    expect(speakers(`${HEAD}At the station, reporters heard a woman shouting, “Get back from the wall!”, as the rocks fell.`)).toEqual(['a woman']);
    expect(speakers(`${HEAD}Neighbours heard Irena Stosz call out, “Everyone down to the road!”`)).toEqual(['Irena Stosz']);
  });
});

describe('paragraphs and pairs', () => {
  it('"“…,” Ondra promised. Engineer Irena Stosz thanked the track crews. / “…”": the new person speaks next', () => {
    expect(
      speakers(
        `${HEAD}The slide lasted seven minutes. “We will reopen,” Casimir Ondra promised. Engineer Irena Stosz thanked the track crews.\n\n“The crews did everything right”`,
      ),
    ).toEqual(['Casimir Ondra', 'Irena Stosz']);
  });

  it('guard: …but with no new person after the quotation, its speaker goes on', () => {
    expect(
      speakers(
        `${HEAD}The slide lasted seven minutes. “We will reopen,” Casimir Ondra promised. The rocks buried two wagons.\n\n“The crews did everything right”`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });

  it('"Irena Stosz and Bogdan Reml put out a joint statement. / “…,” they said": the two, as one speaker', () => {
    expect(
      speakers(
        `${HEAD}Irena Stosz and Bogdan Reml, who run the valley council, put out a joint statement on Sunday.\n\n“The line was left to crumble,” they said in the statement.`,
      ),
    ).toEqual(['Irena Stosz and Bogdan Reml']);
  });

  it('"Following the vote, the governor’s party opened an appeal, declaring, “…”": the body after an opening phrase', () => {
    expect(speakers(`${HEAD}Following the vote, the governor’s party opened a new appeal, declaring, “The valley deserves better.”`)).toEqual([
      'the governor’s party',
    ]);
  });

  it('"Ostrelund Rail’s president and CEO Yusuf Teral toured …. He said …": "and" between two titles keeps the name a subject', () => {
    expect(
      speakers(
        `${HEAD}The inquiry has begun, according to Minister Bogdan Reml.\n\nOstrelund Rail’s president and CEO Yusuf Teral toured the cutting with the mayor. He said the company would “pay for every repair”.`,
      ).at(-1),
    ).toBe('Yusuf Teral');
  });
});

describe('unnamed sources and bodies', () => {
  it('"the Rail Police official told the radio … / …, the official said": not a titled director named before', () => {
    expect(
      speakers(
        `${HEAD}Bogdan Reml, director general of the Ostrelund Transit Office, closed two stations on Sunday.\n\nTwo patrols were sent up the valley, the Rail Police official told the local radio.\n\nIts crews changed at noon.\n\nMore patrols would follow, the official said, adding that the slope was “still moving”.`,
      ),
    ).toEqual(['the official']);
  });

  it('"The Ostrelund Safety Board said that “…”": a capitalised Board after a name of two words is the agency', () => {
    expect(speakers(`${HEAD}The Ostrelund Safety Board said that “the line stays shut until the slope is checked.”`)).toEqual(['the Ostrelund Safety Board']);
  });

  it('guard: "The Harbourline board said": a company’s board is the company', () => {
    expect(speakers(`${HEAD}The Harbourline board said it was “deeply sorry”.`)).toEqual(['Harbourline']);
  });

  it('"The board will publish … and said that “…”": a first verb in the future and its clause are no part of the speaker', () => {
    expect(speakers(`${HEAD}The Ostrelund Safety Board will publish its findings in the spring and said that “the slope is still moving.”`)).toEqual([
      'the Ostrelund Safety Board',
    ]);
  });
});

describe('name boundaries and things named like people', () => {
  it('"President Casimir Ondra Tributes In visiting …": a plural everyday word after a title and a name ends the name', () => {
    const text = `${HEAD}${LEAD}President Casimir Ondra Tributes In visiting the depot he met every one of the crews.\n\n“The crews worked all night,” Ondra said on Monday at a meeting with the families.`;
    expect(people(text)).toEqual(['Casimir Ondra']);
    expect(speakers(text)).toEqual(['Casimir Ondra']);
  });

  it('guard: not after a headline’s verb ("Inspector Praises Young Track Workers" names no one)', () => {
    expect(people(`Inspector Praises Young Track Workers\n\n${LEAD}The two men were held on Monday.`)).toEqual([]);
  });

  it('a flight, a plane, a crash and an airline’s brand are no people, though the brand is a given name', () => {
    const text = `Aurora Plane Crash Near Ostrelund\n\n${LEAD}Aurora Connection flight 212 skidded off the strip on Monday; the plane, flown for Aurora Connection carrier Ostrelund Air, had twelve people aboard. “Aurora Flight 212 came down hard,” said Hedda Vrolik.`;
    expect(people(text)).toEqual(['Hedda Vrolik']);
  });

  it('"A Lima law firm, Carter Hale, will …": a name set off after a firm described with "a" is the firm', () => {
    expect(
      people(`${HEAD}${LEAD}A Lima law firm, Carter Hale, will act for the stranded travellers. Engineer Hedda Vrolik said the line would reopen.`),
    ).toEqual(['Hedda Vrolik']);
  });

  it('"Casimir IV", "Empress Odalys": a monarch by one name and a regnal number, or with the title of an empress', () => {
    expect(people(`${HEAD}${LEAD}The museum shows the sword of Casimir IV and a ring once worn by Empress Odalys.`)).toEqual(['Casimir IV', 'Empress Odalys']);
  });

  it('a regnal number ending a sentence keeps no full stop ("… of Casimir IV.")', () => {
    expect(people(`${HEAD}${LEAD}The bridge was built for Casimir IV. It still stands.`)).toEqual(['Casimir IV']);
  });

  it('guard: a titled monarch keeps the title and the number ("King Tomas II")', () => {
    expect(parse(`${HEAD}${LEAD}A bell cast for King Tomas II hangs in the station.`).people.map((p) => p.id)).toEqual(['king-tomas-ii']);
  });

  it('"Sheikh Yusuf Bin Omar Al-Teral": an Arabic "son of" written with a capital is part of the name', () => {
    expect(people(`${HEAD}${LEAD}Sheikh Yusuf Bin Omar Al-Teral, who owns the quarry, visited the cutting.`)).toEqual(['Yusuf Bin Omar Al-Teral']);
  });

  it('"Mr al-Remlann" after "Bogdan al-Remlan": an honorific’s surname misspelt by a letter is the same man', () => {
    const text = `${HEAD}${LEAD}Bogdan al-Remlan, who runs the quarry, closed it on Friday.\n\nOn Saturday Mr al-Remlann told the council the crews would stay.\n\n“We stay until the line is clear,” he said.`;
    expect(people(text)).toEqual(['Bogdan al-Remlan']);
    expect(speakers(text)).toEqual(['Bogdan al-Remlan']);
  });

  it('guard: …but not a woman’s surname under "Mr" ("Anna Remlan" and "Mr Remlann" are two people)', () => {
    expect(people(`${HEAD}${LEAD}Engineer Anna Remlan spoke first. Mr Remlann, her husband, said the crews would stay.`)).toEqual(['Anna Remlan', 'Remlann']);
  });
});
