/**
 * Ages in a list of the dead ("Ada Brel, 31: a nurse who …") and in Spanish copies ("Ada Brel, de 33 años, …"):
 * compared with the ages other outlets give the same person. Invented stories; expected versions written by
 * reading the sentences.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const values = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements.filter((d) => d.kind === 'number' && d.subject.startsWith('age')).map((d) => d.versions.map((v) => v.value).sort());

describe('ages in lists of the dead and in Spanish copies', () => {
  it('reads an age before a colon', () => {
    const { analysis } = story({
      a: ['A', 'Ferry victims\n\nAmong the dead was Ada Brel, 31, of Harnow, a nurse at the river clinic.'],
      b: ['B', 'Who they were\n\nAda Brel, 34: A nurse at the river clinic, she had just moved to Harnow with her son.'],
    });
    expect(values(analysis)).toEqual([['31 years', '34 years']]);
  });

  it('reads ", de 35 años," after a name', () => {
    const { analysis } = story({
      a: ['A', 'Ferry victims\n\nAmong the dead was Ada Brel, 31, of Harnow, a nurse at the river clinic.'],
      b: ['B', 'Víctimas del ferry\n\nAda Brel, de 35 años, trabajaba como enfermera en la clínica del río.'],
    });
    expect(values(analysis)).toEqual([['31 years', '35 years']]);
  });

  it('guard: "de" and a number with no "años" after a name gives no age', () => {
    const { analysis } = story({
      a: ['A', 'Ferry victims\n\nAmong the dead was Ada Brel, 31, of Harnow, a nurse at the river clinic.'],
      b: ['B', 'Ferry\n\nLa naviera de Ada Brel, de 40 barcos, suspendió el servicio.'],
    });
    expect(values(analysis)).toEqual([]);
  });
});
