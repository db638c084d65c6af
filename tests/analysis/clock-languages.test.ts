/**
 * Times of day in German and Spanish copies: "gegen 21 Uhr", "a las 20:50 horas", with the verbs of those languages
 * for what happened ("ereignete sich", "se produjo"), compared with an English copy's time of the same event.
 * Invented story; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

/** Each number disagreement: its subject, whether the versions can all be right, and its versions with their articles. */
const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'number')
    .map((d) => [d.subject, d.compatible, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('times of day in German and Spanish copies', () => {
  it('reads a Spanish 24-hour time and an English time of one event', () => {
    const { analysis } = story({
      a: ['A', 'Fähre in Brandau\n\nEl choque de la barcaza se produjo a las 20:50 horas en el muelle norte de Brandau.'],
      b: ['B', 'Barge collision at Brandau\n\nThe collision happened at 9.20 pm at the north pier of Brandau, harbour staff said.'],
    });
    expect(values(analysis)).toEqual([['time of the event', false, ['8:50 pm (a)', '9:20 pm (b)']]]);
  });
  it('reads a German time with "Uhr" and an English time of one event', () => {
    const { analysis } = story({
      a: ['A', 'Brand in Koldingen\n\nDer Brand in der Lagerhalle ereignete sich gegen 23 Uhr, teilte die Feuerwehr mit.'],
      b: ['B', 'Koldingen warehouse fire\n\nThe fire at the warehouse happened at 10.40 pm, the fire service said.'],
    });
    expect(values(analysis)).toEqual([['time of the event', false, ['10:40 pm (b)', 'around 11:00 pm (a)']]]);
  });
});
