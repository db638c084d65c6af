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
