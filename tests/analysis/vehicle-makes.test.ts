/**
 * The make of a story's one vehicle, stated differently: "a grey Volvo estate" against "ein silberner Audi". Nothing
 * is compared when one article names two makes (two vehicles), or a make is a company ("Audi and Volvo sales").
 * Invented stories; expected versions written by reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const summary = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'vehicle')
    .map((d) => d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(',')})`).join(' | '));

describe('the make of the vehicle', () => {
  it('finds one vehicle given two makes, in English and German copies', () => {
    const { analysis } = story({
      a: ['Daily A', 'Car in Holmford harbour\n\nA grey Volvo estate car slid into Holmford harbour on Sunday; its driver swam ashore.'],
      b: ['Daily B', 'Auto im Hafen\n\nEin silberner Audi rutschte am Sonntag ins Hafenbecken von Holmford, der Fahrer konnte sich retten.'],
    });
    expect(summary(analysis)).toEqual(['Volvo (a) | Audi (b)']);
  });

  it('says nothing when one article names two vehicles, or a make is a company', () => {
    const { analysis } = story({
      a: ['Daily A', 'Crash on the ring road\n\nA grey Volvo estate collided with a Ford van on the ring road.'],
      b: ['Daily B', 'Ring road crash\n\nThe driver of an Audi was taken to hospital after the crash on the ring road.'],
    });
    expect(summary(analysis)).toEqual([]);
    const { analysis: other } = story({
      a: ['Daily A', 'Car sales\n\nAudi and Volvo sales rose in May as drivers bought more cars.'],
      b: ['Daily B', 'Car sales\n\nDealers said the Volvo brand sold more cars than a year before.'],
    });
    expect(summary(other)).toEqual([]);
  });
});
