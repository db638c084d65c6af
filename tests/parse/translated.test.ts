/** Translated copies (German, French): their quotation marks and reporting clauses. Every sentence and name is invented. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';
import { scanMarks } from '../../src/lib/parse/marks.ts';

const speakersOf = (source: string) => parseArticle({ id: 't', source }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
const quoted = (text: string) => scanMarks(text).spans.map((s) => text.slice(s.start, s.end));

describe('German quotation marks', () => {
  it('close „…“ with the raised mark, so the reporting clause after it is no quotation', () => {
    expect(quoted('„Wir bleiben“, sagte sie, „und wir bauen.“')).toEqual(['Wir bleiben', 'und wir bauen.']);
  });

  it('read »…« when a paragraph opens its quotations that way, and keep « … » as it is', () => {
    expect(quoted('»Wir bleiben«, so die Bürgermeisterin. »Und wir bauen.«')).toEqual(['Wir bleiben', 'Und wir bauen.']);
    expect(quoted('« Nous restons », a-t-elle dit.')).toEqual(['Nous restons']);
  });
});

describe('reporting clauses with the verb first', () => {
  const lead = 'Brücke offen\n\nAna Okafor, 51, eröffnete am Montag die Brücke.\n\n';
  it('German: „…“, sagte Okafor / sagte sie', () => {
    expect(speakersOf(`${lead}„Die Brücke trägt die Stadt“, sagte Okafor.`).at(-1)).toEqual(['Die Brücke trägt die Stadt', 'Ana Okafor']);
    expect(speakersOf(`${lead}„Wir haben lange gewartet“, sagte sie.`).at(-1)).toEqual(['Wir haben lange gewartet', 'Ana Okafor']);
  });

  it('French: « … », a déclaré Mme Okafor / a-t-il ajouté', () => {
    const lead = 'Pont ouvert\n\nLa maire Ana Okafor a ouvert le pont lundi.\n\nLe ministre Tom Hale a salué le projet.\n\n';
    expect(speakersOf(`${lead}« Le pont porte la ville », a déclaré Mme Okafor.`).at(-1)).toEqual(['Le pont porte la ville', 'Ana Okafor']);
    const inverted = parseArticle({ id: 't', source: `${lead}« Nous avons attendu », a-t-il ajouté.` }).quotes.at(-1)!;
    expect([inverted.text, inverted.speaker?.name, inverted.cue]).toEqual(['Nous avons attendu', 'Tom Hale', 'ajouté']);
  });
});

describe('German capitalises every noun', () => {
  it('so only a listed given name opens a name there (“Tochter Lena”, “Ära Okafor” are no people)', () => {
    const r = parseArticle({
      id: 't',
      source:
        'Rücktritt\n\nDie Premierministerin Ana Okafor tritt zurück, sagte sie am Donnerstag. Ihre Tochter Lena kommt in die Schule, und die Ära Okafor ist damit vorbei. Das sagt auch der Chef der Partei.',
    });
    expect(r.people.map((p) => p.name)).toEqual(['Ana Okafor']);
  });

  it('while an English text keeps a capitalised word no list knows as part of a name', () => {
    const r = parseArticle({ id: 't', source: 'Talks\n\nMinister Tochter Okafor met the delegation, and the talks went on until dawn.' });
    expect(r.people.map((p) => p.name)).toEqual(['Tochter Okafor']);
  });
});
