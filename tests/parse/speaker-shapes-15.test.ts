/**
 * Speaker and name shapes of the fifteenth session, each found on a development set (sets 24–47) and written here
 * with made-up names and sentences.
 */
import { describe, expect, it } from 'vitest';
import { mergePeople, parseArticle } from '../../src/lib/index.ts';

const parse = (source: string, id = 'x') => parseArticle({ id, source, meta: { story: 's', outlet: `O-${id}`, published: '2024-01-02' } } as never);
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const people = (source: string) => parse(source).people.map((p) => p.name);
/** Person ids of each article of one story after the story merge. */
const merged = (...sources: string[]) => mergePeople(sources.map((s, i) => parse(s, `a${i}`))).map((r) => r.people.map((p) => p.id).sort());

const HEAD = 'Aid reaches Varnia\n\n';

describe('who speaks after a phrase of time or place', () => {
  it('an opening phrase and its comma are no aside around the subject', () => {
    expect(speakers(`${HEAD}In this context, the source said that Varnia does not need tents, so “it would be useless to store them.”`)).toEqual([
      'the source',
    ]);
    expect(speakers(`${HEAD}On Sunday, the minister pointed out that the roads were shut, so “no convoy can pass.”`)).toEqual(['the minister']);
  });

  it('an aside after the subject still hides its verb', () => {
    // "the mayor, who said …, added" — the aside's verb is not the one that governs the quotation.
    expect(speakers(`${HEAD}Tomas Berg, the mayor, who said the city was ready, added that “help is welcome.”`)).toEqual(['Tomas Berg']);
  });
});

describe('"it" and the body that spoke before', () => {
  it('"It noted …, arguing that “…”" is the body of the sentence before', () => {
    expect(
      speakers(
        `${HEAD}Authorities accepted offers “at this stage”, the Harbour Ministry said. It noted the teams were in contact, and said only four offers were accepted, arguing that “a lack of coordination could be counterproductive”.`,
      ),
    ).toEqual(['the Harbour Ministry', 'the Harbour Ministry']);
  });

  it('"It" before a verb that is no verb of saying gives nothing', () => {
    expect(speakers(`${HEAD}The Harbour Ministry met on Monday. It rained all day, and the roads were “impassable”.`)).toEqual([null]);
  });
});

describe('an unnamed speaker and the pronoun after', () => {
  it('"the source" who spoke last is who "he" stands for', () => {
    expect(
      speakers(
        `${HEAD}The source, who thanked the donors, stated that Varnia follows a “responsible approach” to aid.\n\n“Once a need is found, we call those who offered,” he said.`,
      ),
    ).toEqual(['the source', 'the source']);
  });

  it('an official described with where they work, and with an aside, opens the sentence before', () => {
    expect(speakers(`${HEAD}An official at the port said the ship was late. “We waited for hours,” he said.`)).toEqual(['an official at the port']);
    expect(speakers(`${HEAD}An official, who asked not to be named, said the ship was late. “We waited for hours,” he said.`)).toEqual(['an official']);
  });

  it('a role of the other sex does not take the pronoun', () => {
    expect(speakers(`${HEAD}The source said the ship was late.\n\n“We waited for hours,” she said.`)).toEqual(['the source']);
    expect(speakers(`${HEAD}The widow said the ship was “late”.\n\n“We waited for hours,” he said.`)).toEqual(['the widow', null]);
  });
});

describe('a role when the person named before is of the other sex', () => {
  it('"She remarked" after a judge opens the sentence before, about a man', () => {
    expect(
      speakers(
        `${HEAD}Peter Lind entered the court with his legal team. Mr Lind sat down.\n\nIt began late, but the judge soon started reading the terms of the deal.\n\nShe remarked that “not everything goes this fast” and smiled.`,
      ),
    ).toEqual(['the judge']);
  });

  it('with no role there, the pronoun stays with the one named', () => {
    expect(speakers(`${HEAD}Peter Lind entered the court. Mr Lind sat down.\n\nShe remarked that “not everything goes this fast”.`)).toEqual(['Peter Lind']);
  });
});

describe('media and documents as speakers', () => {
  it('a portal, a tabloid and a magazine speak', () => {
    expect(
      speakers(
        `${HEAD}Marek Lind was freed on Monday.\n\n“After five years in a cell, he will soon be home,” the portal said.\n\nThe tabloid reported that Lind “looked tired”.`,
      ),
    ).toEqual(['the portal', 'the tabloid']);
  });
});

describe('the speech verb nearest a fragment', () => {
  it('"with X saying Y described it as “…”": the one who described it', () => {
    expect(
      speakers(
        `${HEAD}Marek Lind thanked Tomas Berg in a call as soon as the flight landed, with the prime minister saying Lind described the arrival as a “surreal and happy moment”.`,
      ),
    ).toEqual(['Marek Lind']);
    expect(speakers(`${HEAD}The vote passed, with Tomas Berg saying he “welcomes” it.`)).toEqual(['Tomas Berg']);
  });
});

describe('a fragment in the sentence after reported speech', () => {
  it('goes on the reported speech of the sentence before, in its paragraph', () => {
    expect(
      speakers(
        `${HEAD}Karl Ruf told the broadcaster that police measures would be increased. A special focus will be on “access controls and searches.” Visitors should come early.`,
      ),
    ).toEqual(['Karl Ruf']);
    expect(
      speakers(
        `${HEAD}According to the city police chief Gerhard Wendl, the threat has been minimized. In response, the police will increase the “anti-terror component.”`,
      ),
    ).toEqual(['Gerhard Wendl']);
  });

  it('not across a paragraph, nor after a sentence that reports nothing', () => {
    expect(speakers(`${HEAD}Karl Ruf told the broadcaster that checks would be tightened.\n\nA special focus will be on “access controls.”`)).toEqual([null]);
    expect(speakers(`${HEAD}Karl Ruf visited the stadium. A special focus will be on “access controls.”`)).toEqual([null]);
    // A denial reports nothing said; a person described in the fragment's sentence is someone else.
    expect(speakers(`${HEAD}Lind’s team has not confirmed his death. Everything was “normal” at the camp.`)).toEqual([null]);
    expect(speakers(`${HEAD}Lind’s team confirmed his arrest. His lawyer visited him, and everything was “normal” there.`)).toEqual([null]);
  });
});

describe('German roles and ad lines', () => {
  it('a lawyer’s word before the name is a title, not a given name', () => {
    expect(people('Lind frei\n\n»Das Gericht hat entschieden«, verkündete sein Anwalt Barry Pollard vor dem Gericht.')).toEqual(['Barry Pollard']);
    expect(speakers('Lind frei\n\n»Das Gericht hat entschieden«, verkündete sein Anwalt Barry Pollard vor dem Gericht.')).toEqual(['Barry Pollard']);
  });

  it('"Hide Ad" lines between the paragraphs of one quotation are boilerplate', () => {
    const record = parse(
      'Mayor warns vandals\n\nMayor Ana Okafor spoke today.\nOkafor said: “In the aftermath of this, the town had to suffer twice.\nAdvertisement\nHide AdAdvertisement\nHide Ad\n\n“A gang of vandals came by train.”',
    );
    expect(record.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ana Okafor', 'Ana Okafor']);
    expect(record.removed.map((r) => [r.text, r.reason])).toEqual([
      ['Advertisement', 'advertisement'],
      ['Hide AdAdvertisement', 'advertisement'],
      ['Hide Ad', 'advertisement'],
    ]);
  });
});

describe('names', () => {
  it('"a fan called Becky" names a person by one word', () => {
    expect(people(`${HEAD}One British fan called Becky said she felt “sombre” on the street. A company called Lumora said it was “sad”.`)).toEqual(['Becky']);
    expect(
      speakers(`${HEAD}One British fan called Becky said she felt “sombre” on the street.\n\n“It is a strange situation,” she told a radio station.`),
    ).toEqual(['Becky', 'Becky']);
  });

  it('a given name and a surname after the Arabic article are a person; Arabic words for a front or movement make a group', () => {
    expect(people(`${HEAD}The fall of Bashar al-Hassan’s government came on Sunday.`)).toEqual(['Bashar al-Hassan']);
    expect(people(`${HEAD}Fighters of Harakat al-Nour and Jabhat al-Kessan entered the city.`)).toEqual([]);
  });

  it('a surname with and without its Arabic article is one person in an article and in a story', () => {
    const one = parse(`${HEAD}Bashar al-Hassan fled to the coast, officials said. Hassan is safe.`);
    expect(one.people.map((p) => [p.name, p.mentions.count])).toEqual([['Bashar al-Hassan', 2]]);
    expect(
      merged(
        `${HEAD}President Bashar Hassan fled. Hassan is safe.`,
        `${HEAD}Bashar al-Hassan fled to the coast. Hassan is safe.`,
        `${HEAD}Bashar al-Hassan fled. Hassan is safe, officials said.`,
      ),
    ).toEqual([['bashar-al-hassan'], ['bashar-al-hassan'], ['bashar-al-hassan']]);
  });
});

describe('more verbs and subjects', () => {
  it('"is heard saying" after a quotation, and "had earlier stated"', () => {
    expect(speakers(`${HEAD}“The minister is heading to the hotel,” a man is heard saying in the video.`)).toEqual(['a man']);
    expect(speakers(`${HEAD}Prime Minister Omar Nassar was seen leaving. The prime minister had earlier stated that he seeks to “ensure” order.`)).toEqual([
      'Omar Nassar',
    ]);
  });

  it('a described subject owns the participle of its sentence ("ruling that")', () => {
    expect(
      speakers(`${HEAD}(A judge struck down an order that would have kept the name secret, ruling that it would have “little practical effect”.)`),
    ).toEqual(['a judge']);
    expect(speakers(`${HEAD}Rain fell all night, finding “no” shelter.`)).toEqual([null]);
  });

  it('a real name given after "now using his real name" is the same person', () => {
    const record = parse(`${HEAD}“This victory is historic,” rebel leader Abu Karim al-Rafi, now using his real name Samir al-Haddad, said in a speech.`);
    expect(record.people.map((p) => p.name)).toEqual(['Abu Karim al-Rafi']);
    expect(record.people[0]!.aliases).toContain('Samir al-Haddad');
  });
});

// A guard for this session's longer auxiliaries ("has also described"), which made such a sentence a reporting clause.
describe('a next sentence that leads into its own quotation', () => {
  it('gives its speaker to that quotation only', () => {
    expect(
      speakers(
        `${HEAD}Asked for a message, Hale replied: “Yes, I am concerned. “I just heard the news. I hope to talk to him soon.” The Harbour Ministry has also described the news as “incredibly sad”.`,
      ),
    ).toEqual(['Hale', 'Hale', 'the Harbour Ministry']);
    expect(speakers(`${HEAD}“Did you see it?” Ms. Tan asked. “It was huge.”`)).toEqual(['Tan', 'Tan']);
  });
});

describe('two people who speak together', () => {
  it('are one speaker, named as written', () => {
    expect(speakers(`${HEAD}“As parents, we cannot imagine the pain,” the Prince and Princess of Wales wrote in a message.`)).toEqual([
      'the Prince and Princess of Wales',
    ]);
    expect(speakers(`${HEAD}Prince Tomas and Mara said: “As parents, we cannot imagine the pain.”`)).toEqual(['Prince Tomas and Mara']);
    expect(speakers(`${HEAD}King Tomas and Queen Ilse said they were “profoundly shocked”.`)).toEqual(['King Tomas and Queen Ilse']);
  });

  it('not a person and an aside, nor a clause after "and"', () => {
    expect(speakers(`${HEAD}Tom Hale and the mayor said the plan was “sound”.`)).toEqual(['the mayor']);
  });
});

describe('a name and an adjective made of it', () => {
  it('"Swift-themed", "Kremlin-backed": the name ends at the hyphen', () => {
    const record = parse(`${HEAD}Three girls were killed at a Mara Quint-themed dance class. Later Mara Quint said she was “in shock”.`);
    expect(record.people.map((p) => [p.name, p.mentions.count])).toEqual([['Mara Quint', 2]]);
    expect(people(`${HEAD}A Hale-backed group and a Lind-era policy were cited, Ana Okafor said.`)).toEqual(['Ana Okafor']);
    expect(people(`${HEAD}Mara Quint-themed parties were held, Ana Okafor said.`)).toEqual(['Mara Quint', 'Ana Okafor']);
  });
});

describe('organisations named with their kind', () => {
  it('"organizer Barracuda Music wrote", "concert promoter X said", "X, an event organizer in the city, posted"', () => {
    expect(speakers(`${HEAD}In a post shared by the team, organizer Kestrel Live wrote that “we have no choice but to cancel.”`)).toEqual(['Kestrel Live']);
    expect(speakers(`${HEAD}“We cancel the shows,” concert promoter Kestrel Live said.`)).toEqual(['Kestrel Live']);
    expect(speakers(`${HEAD}“We have no choice,” Kestrel Live, an event organizer in the city, posted on Instagram on Wednesday.`)).toEqual(['Kestrel Live']);
  });

  // A guard for the compound-adjective split in tokens.ts.
  it('an account a name runs is no person', () => {
    expect(people(`${HEAD}The post was shared by the Quint-run Mara Nation account. Mara Quint has not commented.`)).toEqual(['Mara Quint']);
  });
});

describe('an office after "the" and one letter alone', () => {
  it('"the King’s statement" is no mention of a girl named Bebe King, and X is no person', () => {
    const record = parse(
      `${HEAD}Bebe King, 6, and Elsie Marsh, 7, died.\n\nOn X, the King’s statement read: “My wife and I have been profoundly shocked.”\n\nThe King said he was “shocked”.`,
    );
    expect(record.people.map((p) => [p.name, p.mentions.count])).toEqual([
      ['Bebe King', 1],
      ['Elsie Marsh', 1],
    ]);
    expect(record.quotes.map((q) => q.speaker?.personId ?? null)).toEqual([null, null]);
  });
});

describe('an exchange, and words in a leading phrase about what someone wrote', () => {
  it('"The exchange added that “…”" is the exchange the article is about', () => {
    expect(
      speakers(
        `${HEAD}Kestrelcoin said it would not buy its rival. “We believe outliers will be weeded out,” it said.\n\nThe exchange added that “the industry will grow stronger”.`,
      ),
    ).toEqual(['Kestrelcoin', 'Kestrelcoin']);
  });

  it('"in a series of tweets about being “…”, he offered hope": the subject after the phrase', () => {
    expect(
      speakers(
        `${HEAD}Sam Lind resigned on Friday.\n\nOnly yesterday, in a series of tweets about being “in talks with investors” to raise money, he offered hope to users.`,
      ),
    ).toEqual(['Sam Lind']);
    expect(speakers(`${HEAD}Sam Lind resigned on Friday.\n\nIn the city of “brotherly love”, he walked home.`)).toEqual([null]);
  });
});

describe('bodies and roles that report', () => {
  it('"conveyed its “…”" is a verb of saying', () => {
    expect(speakers(`${HEAD}The Palestinian group conveyed its “deepest condolences and solidarity” to the nation.`)).toEqual(['the Palestinian group']);
  });

  it('a body opening the sentence owns its fragment over the person it acts on; "for alleged" is no verb', () => {
    expect(
      speakers(`${HEAD}In 2010, the European Union included Omar Mokhtar on a list of people it sanctioned for alleged involvement in “missile activities”.`),
    ).toEqual(['the European Union']);
    expect(speakers(`${HEAD}Omar Mokhtar dismissed the list as “a joke”.`)).toEqual(['Omar Mokhtar']);
  });

  // A guard: the start code got this one right by another way; the rule (a name before "announced." is a speaker
  // candidate) must keep it.
  it('one who announced at the end of the sentence before is who "he" stands for', () => {
    expect(
      speakers(
        `${HEAD}All passengers of President Omar Raad’s helicopter are feared dead, Red Crescent head Ali Kolivand announced.\n“No signs of life have been found,” he said on TV.`,
      ),
    ).toEqual(['Ali Kolivand']);
  });

  it('a role reporting at the end of the paragraph before speaks the quotation that opens the next', () => {
    expect(
      speakers(
        `${HEAD}Separately, teams detected the smell of fuel, the president of the Harbour Relief Society told reporters early Monday.\n\n“We are sending teams to the place.”`,
      ),
    ).toEqual(['the president of the Harbour Relief Society']);
  });
});

describe('dates and nouns of people in the subject', () => {
  it('a date after a comma is no subject: the subject is before it', () => {
    expect(speakers(`${HEAD}Rebel fighters on Sunday, December 8 declared the capital “liberated” in a televised statement.`)).toEqual(['Rebel fighters']);
  });

  it('"the agency interlocutor stressed" is a source', () => {
    expect(speakers(`${HEAD}“We will negotiate,” the agency interlocutor stressed.`)).toEqual(['the agency interlocutor']);
  });
});

describe('reacting is no saying', () => {
  it('"X reported that Varnia responded favorably, “…”, to offers" is the reporter’s', () => {
    expect(
      speakers(`${HEAD}The Harbour Ministry reported in a statement that Varnia responded favorably, “at this time”, to offers from four countries.`),
    ).toEqual(['the Harbour Ministry']);
    expect(speakers(`${HEAD}Tom Lind responded: “Nothing has changed.”`)).toEqual(['Tom Lind']);
  });
});

describe('who spoke in the paragraph before', () => {
  it('"…, as President Mykola Zelenko says at a press conference." outranks the pronoun the paragraph opened with', () => {
    expect(
      speakers(
        `${HEAD}Marek Tolan died in prison on Friday.\n\nHe was killed by the regime, like thousands of its victims, as President of Varnia Mykola Zelenko says at a press conference with Chancellor Ana Lind.\n\n“It has just been reported that he died in prison.”`,
      ),
    ).toEqual(['Mykola Zelenko']);
  });

  it('"In particular, the spokesman pointed out, …" / “…,” he noted.', () => {
    expect(
      speakers(
        `${HEAD}“Such statements are unacceptable,” the spokesman said.\n\nIn particular, the spokesman pointed out, there has been no word from the medics.\n\n“There has been no final information,” he noted.`,
      ),
    ).toEqual(['the spokesman', 'the spokesman']);
  });
});

describe('a role after a quotation that names another holder of it', () => {
  it('"“… killed by Volkov …,” the president says" is not Volkov', () => {
    expect(
      speakers(
        `${HEAD}Russian President Petr Volkov met envoys. Later, Ukrainian President Mykola Zelenko spoke.\n\n“He was obviously killed by Volkov. Volkov does not care,” the president says.`,
      ),
    ).toEqual(['Mykola Zelenko']);
  });
});
