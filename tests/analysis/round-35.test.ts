/**
 * Grouping round 35: facts of shapes any story can have, stated differently. Invented story: a footbridge that fell
 * into the river at the market town of Quellmoor, and the ferry crews who carried people across after it.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each spelling disagreement: its subject and its versions' values, in order. */
const spellings = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'spelling').map((d) => [d.subject, d.versions.map((v) => v.value)]);

describe('a name written with a slip', () => {
  // Fails on b165067.
  it('finds a surname with two neighbouring letters turned round', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor bridge\n\nFerry pilot Torben Haldemann carried 40 people across the river on Sunday.'],
      b: ['Paper B', 'Bridge falls\n\nThe crews worked until dark, said Edda Morn, who has lived beside Hadlemann for ten years.'],
    });
    expect(spellings(analysis)).toEqual([['spelling of Torben Haldemann', ['Haldemann', 'Hadlemann']]]);
    // The right spelling is cited as the surname alone, where the article writes it.
    expect(analysis.disagreements[0]!.versions[0]!.sources.map((s) => s.text)).toEqual(['Haldemann']);
  });

  // Fails on b165067.
  it('finds a given name with one letter more, in a quote of an article naming the person', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor bridge\n\nFerry pilot Dorian Vesk carried 40 people across the river on Sunday.'],
      b: ['Paper B', 'Bridge falls\n\nFerry pilot Dorian Vesk worked until dark. “Dorrian never left the wheel,” said his deckhand, Edda Morn.'],
    });
    expect(spellings(analysis)).toEqual([['spelling of Dorian Vesk', ['Dorian', 'Dorrian']]]);
    expect(analysis.disagreements[0]!.versions[1]!.sources.map((s) => s.sentence)).toEqual(['“Dorrian never left the wheel,” said his deckhand, Edda Morn.']);
  });

  // Fails on b165067.
  it('finds a given name with its last letter written twice: a slip, not a fuller form of the name', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor bridge\n\nMayor Kit Arnesen closed the market square on Sunday.'],
      b: ['Paper B', 'Bridge falls\n\nMayor Kitt Arnesen closed the market square on Sunday, after the bridge fell.'],
    });
    expect(spellings(analysis)).toEqual([['spelling of Kit Arnesen', ['Kit Arnesen', 'Kitt Arnesen']]]);
  });

  it('guard: a short form of a given name is one spelling', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor bridge\n\nMayor Christoph Arnesen closed the market square on Sunday.'],
      b: ['Paper B', 'Bridge falls\n\nMayor Chris Arnesen closed the market square on Sunday, after the bridge fell.'],
    });
    expect(spellings(analysis)).toEqual([]);
  });

  it('guard: a word one letter off a given name that the article also writes in small letters is a word', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor bridge\n\nFerry pilot Hardy Lund carried 40 people across the river on Sunday.'],
      b: ['Paper B', 'Bridge falls\n\nFerry pilot Hardy Lund worked until dark. Hardly anyone slept; the crews were hardly rested.'],
    });
    expect(spellings(analysis)).toEqual([]);
  });

  it('guard: a given name with two letters turned is another name', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor bridge\n\nFerry pilot Elise Renn carried 40 people across the river on Sunday.'],
      b: ['Paper B', 'Bridge falls\n\nFerry pilot Elise Renn worked until dark. Elsie stayed on the quay, she said.'],
    });
    expect(spellings(analysis)).toEqual([]);
  });
});

/** Each time-in-office disagreement: its subject, whether both can be right, and its versions (sorted). */
const tenures = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.subject.startsWith('time in office')).map((d) => [d.subject, d.compatible, d.versions.map((v) => v.value).sort()]);

describe('days in a post', () => {
  // Fails on b165067.
  it('reads `61 days in office` and `held the post for 64 days` as one time in office', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor mayor quits\n\nMayor Ilse Varga resigned on Monday after 61 days in office, as the bridge inquiry opened.'],
      b: ['Paper B', 'Mayor resigns\n\nIlse Varga held the post for 64 days; the footbridge fell in her third week.'],
    });
    expect(tenures(analysis)).toEqual([['time in office: Ilse Varga (Monday)', false, ['61 days', '64 days']]]);
  });

  // Fails on b165067.
  it('takes days one apart as counted with and without the first day: both can be right', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor mayor quits\n\nIlse Varga stepped down as mayor 61 days after she took office in the spring.'],
      b: ['Paper B', 'Mayor resigns\n\nMayor Ilse Varga resigned on Monday after a stormy 62 days in the job.'],
    });
    expect(tenures(analysis)).toEqual([['time in office: Ilse Varga', true, ['61 days', '62 days']]]);
  });

  it('guard: days in office after another person are that person’s, and a sentence naming no one is left out', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor mayor quits\n\nMayor Ilse Varga dismissed her deputy, Osman Pirelli, after 40 days in office.'],
      b: ['Paper B', 'Mayor resigns\n\nIlse Varga resigned on Monday. She had spent 55 days in the post.'],
    });
    expect(tenures(analysis)).toEqual([]);
  });
});

/** Each year-of-founding disagreement: its versions (sorted) and whether both can be right. */
const foundings = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.id.startsWith('year-founding')).map((d) => [d.versions.map((v) => v.value).sort(), d.compatible]);

describe('the year a thing was founded', () => {
  // Fails on b165067.
  it('sets `In 1987, she founded the … Festival` against `the river festival Varga founded in 1991`', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor festival off\n\nIn 1987, she founded the Quellmoor River Festival on the old quay.'],
      b: ['Paper B', 'Festival cancelled\n\nThe river festival Ilse Varga founded in 1991 will not be held this summer, after the bridge fell.'],
    });
    expect(foundings(analysis)).toEqual([[['1987', '1991'], false]]);
  });

  it('guard: two things founded, named by different nouns, or by two different people, are two foundings', () => {
    const { analysis } = story({
      a: ['Wire A', 'Quellmoor festival off\n\nIlse Varga founded the Quellmoor Rowing Club in 1984. Piet Oster founded the town museum in 1990.'],
      b: ['Paper B', 'Festival cancelled\n\nIlse Varga founded the Quellmoor River Festival in 1987. Ilse Varga founded the ferry museum in 1994.'],
    });
    expect(foundings(analysis)).toEqual([]);
  });
});
