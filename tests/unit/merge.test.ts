/**
 * People across the articles of a story (src/lib/merge.ts): a speaker an article names only by surname is the one
 * person of the story with that surname. Every name and sentence here is made up.
 */
import { describe, expect, it } from 'vitest';
import { mergePeople, parseArticle, type ArticleRecord } from '../../src/lib/index.ts';

const article = (id: string, story: string, body: string): ArticleRecord =>
  parseArticle({ id, source: body, meta: { story, outlet: id.toUpperCase(), published: '2024-05-06', kind: 'original', outlet_provenance: 'metadata' } });

const speakers = (records: ArticleRecord[], id: string) => records.find((r) => r.id === id)!.quotes.map((q) => q.speaker);

describe('a bare surname as speaker', () => {
  it('is the one person of the story with that surname', () => {
    const a = article('a', 's', 'Bridge opens\n\nMayor Chidi Okafor opened the new river bridge on Monday after two years of work.');
    const b = article('b', 's', 'Bridge opens\n\n“The bridge will carry four thousand cars a day,” Okafor said on Monday.');
    expect(speakers([b], 'b')).toEqual([{ name: 'Okafor', personId: null }]);
    expect(speakers(mergePeople([a, b]), 'b')).toEqual([{ name: 'Chidi Okafor', personId: 'chidi-okafor' }]);
  });

  it('stays unresolved when two people of the story share it, or the person is in another story', () => {
    const a = article('a', 's', 'Bridge opens\n\nMayor Ana Lee and engineer Min Lee opened the new river bridge on Monday after two years of work.');
    const b = article('b', 's', 'Bridge opens\n\n“The bridge will carry four thousand cars a day,” Lee said on Monday.');
    expect(speakers(mergePeople([a, b]), 'b')).toEqual([{ name: 'Lee', personId: null }]);
    const c = article('c', 'other', 'Bridge opens\n\nMayor Chidi Okafor opened the new river bridge on Monday after two years of work.');
    const d = article('d', 's', 'Bridge opens\n\n“The bridge will carry four thousand cars a day,” Okafor said on Monday.');
    expect(speakers(mergePeople([c, d]), 'd')).toEqual([{ name: 'Okafor', personId: null }]);
  });
});

describe('a surname two people of the story share', () => {
  it('goes to the story’s main figure when the other is named only in passing', () => {
    const a = article(
      'a',
      's',
      'Mayor quits\n\nMayor Chidi Okafor resigned on Friday. Chidi Okafor thanked the council. Chidi Okafor said he would stay until May, and Chidi Okafor left with his wife, Ada Okafor.',
    );
    const b = article('b', 's', 'Mayor quits\n\n“It was the best job in the city,” Okafor said.');
    expect(speakers([b], 'b')).toEqual([{ name: 'Okafor', personId: null }]);
    expect(speakers(mergePeople([a, b]), 'b')).toEqual([{ name: 'Chidi Okafor', personId: 'chidi-okafor' }]);
  });
});

describe('one person written with and without initials', () => {
  it('joins a name with and without its middle initial, and initials with and without full stops', () => {
    const a = article('a', 's', 'Bridge opens\n\nMayor Chidi A. Okafor opened the new river bridge on Monday after two years of work.');
    const b = article('b', 's', 'Bridge opens\n\nMayor Chidi Okafor and Deputy Mayor RJ Tembo cut the ribbon on Monday.');
    const c = article('c', 's', 'Bridge opens\n\nMayor Chidi Okafor thanked Deputy Mayor R.J. Tembo.\n\n“Four thousand cars a day,” Okafor said.');
    const merged = mergePeople([a, b, c]);
    const ids = (id: string) =>
      merged
        .find((r) => r.id === id)!
        .people.map((p) => p.id)
        .sort();
    // The form most articles use names the person.
    expect(ids('a')).toEqual(['chidi-okafor']);
    expect(ids('b')).toEqual(['chidi-okafor', 'rj-tembo']);
    expect(ids('c')).toEqual(['chidi-okafor', 'rj-tembo']);
    // With the two spellings one person, the bare surname has one person to point to.
    expect(speakers(merged, 'c')).toEqual([{ name: 'Chidi Okafor', personId: 'chidi-okafor' }]);
  });

  it('joins a name with and without its patronymic across a story, and a spelling of the shorter form', () => {
    const a = article(
      'a',
      's',
      'Widow speaks\n\nYulia Borisovna Petrova told the conference she would carry on. Yulia Borisovna Petrova thanked her team, and Yulia Borisovna Petrova left.',
    );
    const b = article('b', 's', 'Widow speaks\n\nYulia Petrova told the conference she would carry on.');
    const c = article('c', 's', 'Widow speaks\n\nYulia Petrowa told the conference she would carry on.');
    const merged = mergePeople([a, b, c]);
    expect(merged.map((r) => r.people.map((p) => p.id))).toEqual([['yulia-borisovna-petrova'], ['yulia-borisovna-petrova'], ['yulia-borisovna-petrova']]);
  });

  it('joins a birth name one article gives to the person another article names only by it', () => {
    const a = article('a', 's', 'Bishop dies\n\nBishop Clement IV died on Saturday. Clement, born Tomas Vogel in 1927, led the diocese for years.');
    const b = article('b', 's', 'Bishop dies\n\nTomas Vogel had never wanted to lead the diocese, his friends said on Sunday.');
    const merged = mergePeople([a, b]);
    expect(merged.map((r) => r.people.map((p) => p.id))).toEqual([['clement-iv'], ['clement-iv']]);
  });

  it('does not loop when articles disagree on which of a pope’s two names is the name and which the alias', () => {
    const a = article('a', 's', 'New pope chosen\n\nPope Clement XV greeted the crowd on Thursday. Tomas Andrew Vogel, 69, was a bishop in Harrow.');
    const b = article('b', 's', 'New pope chosen\n\nCardinal Tomas Vogel was elected on Thursday and adopted the papal name Pope Clement XV.');
    const c = article('c', 's', 'New pope chosen\n\nTomas Andrew Vogel, now Clement XV, greeted the crowd. Vogel spoke in Latin.');
    const d = article('d', 's', 'New pope chosen\n\nClement XV, born Tomas Andrew Vogel, greeted the crowd. Cardinal Vogel had led the diocese.');
    const merged = mergePeople([a, b, c, d]);
    expect(new Set(merged.flatMap((r) => r.people.map((p) => p.id)))).toEqual(new Set(['tomas-andrew-vogel']));
  });

  it('keeps two people apart whose middle initials are their only shared words', () => {
    const a = article('a', 's', 'Bridge opens\n\nMayor Chidi A. Okafor and Mayor Ngozi A. Tembo opened the bridge on Monday.');
    expect(mergePeople([a])[0]!.people.map((p) => p.name)).toEqual(['Chidi A. Okafor', 'Ngozi A. Tembo']);
  });
});

describe('names of the nineteenth session (merge)', () => {
  const ids = (records: ArticleRecord[]) => [...new Set(records.flatMap((r) => r.people.map((p) => p.id)))].sort();

  it('"Kang Min Jeong", "Kang Min-jeong" and "Kang Meen Jeong" are one person: a given name of two syllables written three ways', () => {
    const a = article('a', 's', 'Ferry sinks\n\nPresident Kang Min Jeong visited the harbour on Monday and met the families.');
    const b = article('b', 's', 'Ferry sinks\n\nPresident Kang Min-jeong said the search would go on through the night.');
    const c = article('c', 's', 'Ferry sinks\n\nPresident Kang Meen Jeong thanked the divers at the quay.');
    expect(ids(mergePeople([a, b, c]))).toHaveLength(1);
  });

  it('…but "Tran Van Tuan" and "Tran Van Quang" stay two people (syllables that open and close differently)', () => {
    const a = article('a', 's', 'Ferry sinks\n\nPresident Tran Van Tuan visited the harbour on Monday and met the families.');
    const b = article('b', 's', 'Ferry sinks\n\nMinister Tran Van Quang said the search would go on through the night.');
    expect(ids(mergePeople([a, b]))).toHaveLength(2);
  });

  it('…and "Kang Min-jun" and "Kang Min-jae" stay two people', () => {
    const a = article('a', 's', 'Ferry sinks\n\nPresident Kang Min-jun visited the harbour on Monday and met the families.');
    const b = article('b', 's', 'Ferry sinks\n\nMinister Kang Min-jae said the search would go on through the night.');
    expect(ids(mergePeople([a, b]))).toHaveLength(2);
  });
});

describe('a father and a son of one name (session 28)', () => {
  it('keeps "Tom Vessey Jr." apart from "Tom Vessey" across the story when one article names both', () => {
    const a = article('a', 's', 'Theatre sold\n\nTom Vessey signed the sale of the Kallmoor theatre on Monday. Vessey left without a word.');
    const b = article(
      'b',
      's',
      'Theatre sold\n\nTom Vessey signed the sale on Monday. His son Tom Vessey Jr. posted on Sunday: “My father did what he could,” he wrote.',
    );
    const merged = mergePeople([a, b]);
    expect(merged[1]!.people.map((p) => p.id).sort()).toEqual(['tom-vessey', 'tom-vessey-jr']);
    expect(speakers(merged, 'b')).toEqual([{ name: 'Tom Vessey Jr.', personId: 'tom-vessey-jr' }]);
  });

  it('guard: "Ana Lind Jr." in one article and "Ana Lind" in another, never both in one, are one person', () => {
    const a = article('a', 's', 'Theatre sold\n\nAna Lind Jr. signed the sale of the Kallmoor theatre on Monday.');
    const b = article('b', 's', 'Theatre sold\n\n“It had to be done,” said Ana Lind, who signed the sale.');
    const merged = mergePeople([a, b]);
    expect(new Set(merged.flatMap((r) => r.people.map((p) => p.id))).size).toBe(1);
  });
});
