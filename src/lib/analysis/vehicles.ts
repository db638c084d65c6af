/**
 * The make of the one vehicle of a story, stated differently: "a grey Volvo estate car slid into the harbour" against
 * "ein silberner Audi rutschte …". A make counts when it names one vehicle (an article or up to two adjectives right
 * before it: "a grey Volvo", "ein silberner Audi", "un Audi gris") in a sentence about a vehicle (a vehicle noun or a
 * verb of driving). A story where one article names two makes has more than one vehicle, and nothing is compared.
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';

/** Makes of cars, vans and lorries, as written, with one name for each ("Mercedes-Benz" and "Mercedes" are one make). */
const MAKES: Record<string, string> = {
  Audi: 'Audi',
  BMW: 'BMW',
  Mercedes: 'Mercedes',
  'Mercedes-Benz': 'Mercedes',
  Volkswagen: 'Volkswagen',
  VW: 'Volkswagen',
  Opel: 'Opel',
  Porsche: 'Porsche',
  Toyota: 'Toyota',
  Honda: 'Honda',
  Nissan: 'Nissan',
  Mazda: 'Mazda',
  Subaru: 'Subaru',
  Mitsubishi: 'Mitsubishi',
  Suzuki: 'Suzuki',
  Lexus: 'Lexus',
  Hyundai: 'Hyundai',
  Kia: 'Kia',
  Ford: 'Ford',
  Chevrolet: 'Chevrolet',
  Chevy: 'Chevrolet',
  Dodge: 'Dodge',
  Jeep: 'Jeep',
  Tesla: 'Tesla',
  Cadillac: 'Cadillac',
  Chrysler: 'Chrysler',
  Volvo: 'Volvo',
  Peugeot: 'Peugeot',
  Renault: 'Renault',
  Citroën: 'Citroën',
  Citroen: 'Citroën',
  Fiat: 'Fiat',
  Škoda: 'Škoda',
  Skoda: 'Škoda',
  Dacia: 'Dacia',
  'Land Rover': 'Land Rover',
  'Range Rover': 'Land Rover',
  Jaguar: 'Jaguar',
  Scania: 'Scania',
  Iveco: 'Iveco',
};
/** Articles (English, German, Spanish, French), with a capital or not ("A grey …" opens a sentence). */
const ARTICLES = 'a|an|the|his|her|their|ein|einen|einem|eines|einer|der|den|dem|des|un|una|el|le|une'
  .split('|')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
/** An article and up to two adjectives, then the make. */
const ONE = new RegExp(
  `(?<!\\p{L})(?:${ARTICLES})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(${Object.keys(MAKES)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
/** Any make, for the cheap first test. */
const MAKE = new RegExp(`(?<!\\p{L})(?:${Object.keys(MAKES).join('|')})(?!\\p{L})`, 'u');
/** A sentence about a vehicle: a vehicle noun or a verb of driving. */
const VEHICLE =
  /(?<!\p{L})(?:cars?|SUV|truck|lorry|van|vehicle|sedan|saloon|pickup|drove|driven|driving|driver|ploughed|plowed|rammed|sped|Auto|Wagen|Fahrzeug|Pkw|Lkw|raste|fuhr|Fahrer|coche|camioneta|vehículo|automóvil|camión|volante|conductor|embistió|arrolló|voiture|véhicule)(?!\p{L})/u;

interface Make extends FactSource {
  make: string;
}

/** Every make naming one vehicle in a sentence about a vehicle. */
function makesOf(r: ArticleRecord): Make[] {
  const out: Make[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph' && b.type !== 'headline') continue;
    // Most paragraphs name no make: one cheap test spares them the sentence split.
    if (!MAKE.test(b.text)) continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      if (!VEHICLE.test(sentence)) continue;
      for (const m of sentence.matchAll(ONE)) {
        const text = m[1]!;
        const at = b.start + s + m.index + m[0].length - text.length;
        out.push({ article: r.id, outlet: r.source.outlet, sentence, text, start: at, end: at + text.length, make: MAKES[text]! });
      }
    }
  }
  return out;
}

/** The make of the story's one vehicle given differently by different outlets. */
export function vehicleDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const all = records.flatMap(makesOf);
  // One article naming two makes: more than one vehicle in the story, and no way to tell which one the others mean.
  const byArticle = new Map<string, Set<string>>();
  for (const x of all) (byArticle.get(x.article) ?? byArticle.set(x.article, new Set()).get(x.article)!).add(x.make);
  if ([...byArticle.values()].some((makes) => makes.size > 1)) return [];
  const makes = new Map<string, Make[]>();
  for (const x of all) (makes.get(x.make) ?? makes.set(x.make, []).get(x.make)!).push(x);
  if (makes.size < 2) return [];
  return [
    {
      id: `vehicle-${all[0]!.article}-${all[0]!.start}`,
      kind: 'vehicle',
      subject: 'make of the vehicle',
      personId: null,
      versions: [...makes].map(([make, list]) => ({
        value: make,
        sources: list.map(({ article, outlet, sentence, text, start, end }) => ({ article, outlet, sentence, text, start, end })),
      })),
      compatible: false,
    },
  ];
}
