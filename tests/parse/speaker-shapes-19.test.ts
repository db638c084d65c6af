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
        `${HEAD}Commander Yusuf Teral died on Monday, the militant group Kestrava said in a statement.\n\n“He was a brave man,” the rebel faction said.`,
      ),
    ).toEqual(['Kestrava']);
  });

  it('"The armed faction mourned Teral, who it said …": "it" is the group its own sentence opens with', () => {
    expect(
      speakers(
        `${HEAD}Commander Yusuf Teral died on Monday, the militant group Kestrava said.\n\nThe armed faction mourned Teral, who it said died in “a cowardly ambush near the ford”.`,
      ),
    ).toEqual(['Kestrava']);
  });

  it('"His remarks came after Kestrava blamed …": a possessive opening a sentence is no group, the clause’s subject is', () => {
    expect(
      speakers(
        `${HEAD}Yusuf Teral died in an ambush on Monday.\n\nHis remarks came after Kestrava blamed the border guards for the attack.\n\nIn a statement, the group said that Teral was killed “in a cowardly ambush near the ford”.\n\n“We name our brother a martyr,” the statement said.`,
      ),
    ).toEqual(['Kestrava', 'Kestrava']);
  });
});

describe('a message read out, and the one who wrote it', () => {
  it('"Ayatollah Ondra’s message … read" then "the message said": the surname’s one bearer', () => {
    expect(
      speakers(
        `${HEAD}Ayatollah Casimir Ondra mourned the engineers on Saturday.\n\n“Their road will be finished,” Ayatollah Ondra’s message, issued on Saturday afternoon, read.\n\nThe valley declared two days of mourning, the agency reported.\n\n“They died clearing the way for others,” the message said.`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });
});

describe('a role whose holder the article names only further down', () => {
  it('"the country’s fire chief admitted “…”" in the lead, "Fire chief Han Seo-rin" below, after someone else is named', () => {
    expect(
      speakers(
        `Minister says sorry for the Ostrelund rockslide\n\n- Transport Minister Bogdan Reml’s apology is the first by a member of the cabinet\n\nA minister on Tuesday apologised for the closure, as the country’s fire chief admitted “grave mistakes” over the handling of the alarms.\n\nFire chief Han Seo-rin on Tuesday said she bore responsibility.`,
      ),
    ).toEqual(['Han Seo-rin']);
  });

  it('guard: with no holder anywhere, the role stays as written', () => {
    expect(speakers(`${HEAD}The country’s fire chief admitted “grave mistakes” in the first hours.\n\nCrews worked through the night.`)).toEqual([
      'the country’s fire chief',
    ]);
  });

  it('"the Ostrelund Rail Safety Board’s chair said": an organisation of several words owning the role, with its article', () => {
    expect(
      speakers(
        `${HEAD}Investigators found data that is “consistent with a loose signal cable” at the cutting, the Ostrelund Rail Safety Board’s chair said on Wednesday.\n\nORSB Chair Elif Sarnak cautioned that the board could not yet confirm it.`,
      ),
    ).toEqual(['Elif Sarnak']);
  });
});

describe('a country’s role written with capitals', () => {
  it('"Peru’s Chief Prosecutor said" after an untitled speaker: the one who spoke just before', () => {
    expect(
      speakers(
        `${HEAD}Peru declared a day of mourning while Casimir Ondra, in a statement, said an inquiry was “owed to the families”.\n\n“We owe them the whole truth,” Peru’s Chief Prosecutor said on Monday.`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });

  it('"Peru’s Spiritual Leader" is not the president the article names: a role narrowed by a word no title shares', () => {
    expect(
      speakers(
        `${HEAD}Peru President Bogdan Reml visited the valley on Tuesday. Peru declared a day of mourning while Casimir Ondra, in a statement, said an inquiry was “owed to the families”.\n\n“We owe them the whole truth,” Peru’s Spiritual Leader said on Monday.`,
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
});

describe('a subheading in marks said again below', () => {
  it('‘No warning from the slope’ takes the speaker of the paragraph quoting those words', () => {
    expect(
      speakers(
        `${HEAD}${LEAD}‘No warning from the slope’\n\nEngineer Hedda Vrolik also answered reports that the sensors had failed.\n\nShe said there had been “no warning from the slope at all” before the rocks fell.`,
      ),
    ).toEqual(['Hedda Vrolik', 'Hedda Vrolik']);
  });

  it('guard: one word alone is no echo (one word recurs by chance)', () => {
    expect(speakers(`${HEAD}${LEAD}‘Shaken’\n\nEngineer Hedda Vrolik said the crews were “shaken” but safe.`)).toEqual([null, 'Hedda Vrolik']);
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

  it('"a-t-il ajouté sur X. Irena Stosz a …": the platform’s letter after "sur" is no initial', () => {
    expect(
      speakers('Éboulement dans la vallée\n\n« Il faut rouvrir la ligne », a-t-elle ajouté sur X. Irena Stosz a annoncé qu’elle parlerait « plus tard ».'),
    ).toEqual(['Irena Stosz', 'Irena Stosz']);
  });
});

describe('openings and translated clauses', () => {
  it('"Calling it “…,” Ondra extended …": a participle of naming takes the subject of its main clause', () => {
    expect(
      speakers(
        `${HEAD}Regional Governor Casimir Ondra has spoken of his grief. Calling it “a wound for the whole valley,” Ondra extended his sympathy to the families.`,
      ),
    ).toEqual(['Casimir Ondra']);
  });

  it('guard: "Calling it “…,” the minister said …" keeps the reporting clause', () => {
    expect(speakers(`${HEAD}Calling it “a wound for the whole valley,” the minister said the line would reopen.`)).toEqual(['the minister']);
  });

  it('Spanish "dijo a Ana Ruiz": the one it was said to is no speaker; the one the paragraph before ends on is', () => {
    expect(
      speakers(
        'Derrumbe en el valle de Ostrelund\n\nLa muerte de Tomás Reyero fue confirmada por su prima, Inés Barral.\n\n"No se lo merecía", dijo a Ana Ruiz, de la radio local.',
      ),
    ).toEqual(['Inés Barral']);
  });
});

describe('speakers by the noun for them', () => {
  it('"the airport posted on X", "the museum said": a body named before by its noun', () => {
    expect(
      speakers(`${HEAD}Trains stopped short of Ostrelund Airport.\n\n"We are aware of the slide. All travellers are safe," the airport posted on X.`),
    ).toEqual(['Ostrelund Airport']);
    expect(speakers(`${HEAD}The Ostrelund Museum of Rail shut its doors on Sunday. "The collection is safe," the museum said.`)).toEqual([
      'the Ostrelund Museum of Rail',
    ]);
  });

  it('"the flight attendant can be heard saying, “…”": a crew member by the noun for the job', () => {
    expect(speakers(`${HEAD}In the video, the flight attendant can be heard saying, “Leave your bags. Go now,” as people climb out.`)).toEqual([
      'the flight attendant',
    ]);
  });

  it('a straight quotation set off by spaces inside still closes before its comma (" Nichts ist bekannt ", sagte …)', () => {
    const quotes = parse(
      'Felssturz im Ostrelund-Tal\n\nDie Bahn schrieb, niemand werde vermisst. " Zurzeit ist uns nichts bekannt ", sagte die Chefin der Bahn, Irena Stosz, am Abend.',
    ).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['Zurzeit ist uns nichts bekannt', 'Irena Stosz']]);
  });
});

describe('more reporting shapes', () => {
  it('"Peru’s Supreme Leader" when one person holds a title with "supreme" somewhere: that person, not the president', () => {
    expect(
      speakers(
        `${HEAD}Peru President Bogdan Reml was sworn in on Tuesday.\n\n“We owe them the whole truth,” Peru’s Supreme Leader said on Monday.\n\nA meeting was held at the residence of Supreme Leader Casimir Ondra.`,
      ),
    ).toEqual(['Casimir Ondra']);
  });

  it('"Sheikh Yusuf Bin Omar Al-Teral": an Arabic "son of" written with a capital is part of the name', () => {
    expect(people(`${HEAD}${LEAD}“The line must reopen,” wrote Sheikh Yusuf Bin Omar Al-Teral on X.`)).toEqual(['Yusuf Bin Omar Al-Teral']);
  });

  it('French "a promis": a promise is a thing said', () => {
    expect(speakers('Éboulement dans la vallée\n\nLa voie restera fermée. « Nous rouvrirons la ligne », a promis Irena Stosz.')).toEqual(['Irena Stosz']);
  });

  it('"According to him, … “…”": the object pronoun stands for the person as "he" does', () => {
    expect(
      speakers(`${HEAD}Casimir Ondra visited the cutting, saying: “It is a start.”\n\nAccording to him, the line could reopen “tomorrow” if the rain stops.`),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });

  it('a title-case line under a section label ("Ondra Views Slide: ‘Your Valley Has Our Support’") echoes the body', () => {
    expect(
      speakers(
        `Valley news\n\nOndra Views Slide: ‘Your Valley Has Our Support’\n\nPresident Casimir Ondra visited the cutting on Friday.\n\n“I am here to say your valley has our support and I mean it,” Ondra said.`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });

  it('"“…,” Ondra promised. Culture Minister Irena Stosz praised the guards. / “…”": the new person speaks next', () => {
    expect(
      speakers(
        `${HEAD}The slide lasted seven minutes. “We will reopen,” Casimir Ondra promised. Culture Minister Irena Stosz praised the guards.\n\n“Nobody asks the guards to risk their lives”`,
      ),
    ).toEqual(['Casimir Ondra', 'Irena Stosz']);
  });

  it('guard: …but with no new person after the quotation, its speaker goes on', () => {
    expect(
      speakers(
        `${HEAD}The slide lasted seven minutes. “We will reopen,” Casimir Ondra promised. The rocks buried two wagons.\n\n“Nobody asks the crews to risk their lives”`,
      ),
    ).toEqual(['Casimir Ondra', 'Casimir Ondra']);
  });
});

describe('unnamed sources and bodies', () => {
  it('"the Rail Police official also told reporters … / …, the official said": not a titled director named before', () => {
    expect(
      speakers(
        `${HEAD}The station was full, said Bogdan Reml, director general of the Ostrelund Transit Office.\n\nThe train had come back from a relief run, the Rail Police official also told reporters.\n\nIts crew changed at noon.\n\nIn normal times the line is quiet on Sundays, the official said, adding that the station had been “very crowded” that day.`,
      ),
    ).toEqual(['the official']);
  });

  it('"The Ostrelund Safety Board said that “…”": a capitalised Board after a name of two words is the agency', () => {
    expect(speakers(`${HEAD}The Ostrelund Safety Board said that “any news about the inquiry will come from the police.”`)).toEqual([
      'the Ostrelund Safety Board',
    ]);
  });

  it('guard: "The Harbourline board said": a company’s board is the company', () => {
    expect(speakers(`${HEAD}The Harbourline board said it was “deeply sorry”.`)).toEqual(['Harbourline']);
  });

  it('"The board will send a team … and said that “…”": a first verb in the future and its clause are no part of the speaker', () => {
    expect(
      speakers(`${HEAD}The Ostrelund Safety Board will send a team to assist the police and said that “any news about the inquiry will come from the police.”`),
    ).toEqual(['the Ostrelund Safety Board']);
  });
});

describe('who is heard, and a capitalised role', () => {
  it('"journalists heard a passerby screaming, “…”": the one heard, not the ones who heard', () => {
    expect(speakers(`${HEAD}At the station, reporters heard a passerby screaming, “Get back!”, as the rocks fell.`)).toEqual(['a passerby']);
    expect(speakers(`${HEAD}Neighbours heard Irena Stosz shout, “Get out now!”`)).toEqual(['Irena Stosz']);
  });

  it('"Ayatollah Ondra stressed … / The Leader stated the militia chief “…”": the one the sentence before is about', () => {
    expect(
      speakers(
        `${HEAD}Grand guide Casimir Ondra mourned militia chief Yusuf Teral on Saturday.\n\nAyatollah Ondra stressed that the slide was no defeat.\n\nThe Leader stated the militia chief “was not only a man, but a road”.`,
      ),
    ).toEqual(['Casimir Ondra']);
  });
});

describe('subjects of the sentence before', () => {
  it('"Advisers Irena Stosz and Bogdan Reml issued a statement. / “…,” they said": the two, as one speaker', () => {
    expect(
      speakers(
        `${HEAD}Campaign advisers Irena Stosz and Bogdan Reml, on behalf of the council, issued a statement about the closure.\n\n“The line was left to rot,” they said in their statement.`,
      ),
    ).toEqual(['Irena Stosz and Bogdan Reml']);
  });

  it('"Following the closure, the former mayor’s campaign launched a drive, declaring, “…”": the body after an opening phrase', () => {
    expect(speakers(`${HEAD}Following the closure, the former mayor’s campaign launched a new drive, declaring, “RIGHT NOW, the valley is cut off!”`)).toEqual([
      'the former mayor’s campaign',
    ]);
  });

  it('"Ostrelund Rail’s president and CEO Yusuf Teral said he …": "and" between two titles does not make the name an object', () => {
    expect(
      speakers(
        `${HEAD}The inquiry has begun, according to Minister Bogdan Reml.\n\nRail group offers “help” to Peru: Ostrelund Rail’s president and CEO Yusuf Teral said he spoke to Chair Irena Stosz. He said he offered the chair “our full help”.`,
      ).at(-1),
    ).toBe('Yusuf Teral');
  });
});

describe('name boundaries and things named like people', () => {
  it('"President Casimir Ondra Condolences In paying homage …": a plural everyday word after the name ends it', () => {
    const text = `${HEAD}${LEAD}President Casimir Ondra Condolences In paying homage at the depot more than forty workers were remembered.\n\n“I am overwhelmed with grief,” Ondra said on Monday at a meeting with the families.`;
    expect(people(text)).toEqual(['Casimir Ondra']);
    expect(speakers(text)).toEqual(['Casimir Ondra']);
  });

  it('guard: not after a headline’s verb ("Inspector Says Suspects Were Young Dock Workers" names no one)', () => {
    expect(people(`Inspector Says Suspects Were Young Dock Workers\n\n${LEAD}The two men were held on Monday.`)).toEqual([]);
  });

  it('a flight, a plane, a crash and an airline’s brand are no people, though the brand is a given name', () => {
    const text = `Aurora Plane Crash: Passengers Left Hanging\n\n${LEAD}Aurora Connection flight 212, operated by Aurora Connection carrier Ostrelund Air, crashed on Monday. “The crew of Aurora Flight 212 led everyone to safety,” said Hedda Vrolik.`;
    expect(people(text)).toEqual(['Hedda Vrolik']);
  });

  it('"A Lima law firm, Carter Hale, has …": a name set off after a firm described with "a" is the firm', () => {
    expect(
      people(`${HEAD}${LEAD}A Lima law firm, Carter Hale, has stepped in to represent some families. Engineer Hedda Vrolik said the line would reopen.`),
    ).toEqual(['Hedda Vrolik']);
  });

  it('"Casimir IV", "Empress Odalys": a monarch by one name and a regnal number, or with the title of an empress', () => {
    expect(people(`${HEAD}${LEAD}The thieves took a crown of Casimir IV. A brooch given to Empress Odalys was also taken.`)).toEqual([
      'Casimir IV',
      'Empress Odalys',
    ]);
  });

  it('a regnal number ending a sentence keeps no full stop ("… of Casimir IV.")', () => {
    expect(people(`${HEAD}${LEAD}The crown belonged to Casimir IV. It was never found.`)).toEqual(['Casimir IV']);
  });

  it('guard: a titled monarch keeps the title and the number ("King Tomas II")', () => {
    expect(parse(`${HEAD}${LEAD}A brooch of King Tomas II was taken.`).people.map((p) => p.id)).toEqual(['king-tomas-ii']);
  });

  it('"Mr al-Remlann" after "Bogdan al-Remlan": an honorific’s surname misspelt by a letter is the same man', () => {
    const text = `${HEAD}${LEAD}The deputy leader of the group, Bogdan al-Remlan, confirmed the closure.\n\nMr al-Remlann, in a televised statement, said the crews would stay.\n\n“We will not stop,” he said.`;
    expect(people(text)).toEqual(['Bogdan al-Remlan']);
    expect(speakers(text)).toEqual(['Bogdan al-Remlan']);
  });

  it('guard: …but not a woman’s surname under "Mr" ("Anna Remlan" and "Mr Remlann" are two people)', () => {
    expect(people(`${HEAD}${LEAD}Engineer Anna Remlan spoke first. Mr Remlann, her husband, said the crews would stay.`)).toEqual(['Anna Remlan', 'Remlann']);
  });
});
