/**
 * crosscheck synth: writes a realistic, invented content folder (stories/*.yaml, articles/*.txt + .yaml,
 * people.yaml) for benchmarks and tests. The same arguments always give the same bytes.
 *   npm run synth -- --stories S --articles N --out DIR [--seed 42]
 * N articles are spread over S stories; within a story each article comes from a different invented outlet,
 * and the outlets quote the same few statements of the same speakers, each in its own words: synonyms,
 * British or American spelling, dropped words, partial quotes, reported speech, speech whose marks were lost.
 * A meeting's length (or a fire's, a strike's…) and one count disagree between outlets on purpose.
 * Bad arguments: exit code 2 and one line on stderr.
 *
 * Everything lives in this one file (word lists, templates, transforms, writer) so the generator can be
 * copied or deleted as a unit; the sections below follow the order data → transforms → stories → files.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

// ─── Seeded randomness ──────────────────────────────────────────────────────────────────────────────

/** cyrb128: four 32-bit words from a string, to seed sfc32. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** A small seeded generator (sfc32). Children are derived by label, so adding a draw in one place does not shift another. */
export class Rng {
  readonly label: string;
  private s: [number, number, number, number];
  constructor(label: string) {
    this.label = label;
    this.s = hash128(label);
    for (let i = 0; i < 12; i++) this.next();
  }
  /** A float in [0, 1). */
  next(): number {
    let [a, b, c, d] = this.s;
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.s = [a, b, c, d];
    return (t >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** One of `pairs` by weight. */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    let r = this.next() * pairs.reduce((n, [, w]) => n + w, 0);
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  child(label: string): Rng {
    return new Rng(`${this.label}/${label}`);
  }
  /** 16 hex digits. */
  hex(): string {
    let s = '';
    for (let i = 0; i < 4; i++)
      s += Math.floor(this.next() * 65536)
        .toString(16)
        .padStart(4, '0');
    return s;
  }
}

// ─── Invented world: names, countries, outlets ──────────────────────────────────────────────────────

type Gender = 'f' | 'm';
/** How a culture writes a name: given-first, family-first (short form is the family name), or Vietnamese (short form is the given name). */
type NameOrder = 'given-first' | 'family-first' | 'vietnamese';
interface Culture {
  f: readonly string[];
  m: readonly string[];
  family: readonly string[];
  order: NameOrder;
  /** Chance of a second family name (Spanish) or a single name only (Indonesian). */
  second?: number;
  mononym?: number;
}

const CULTURES: Record<string, Culture> = {
  igbo_yoruba: {
    f: ['Amara', 'Chiamaka', 'Folake', 'Ngozi', 'Adaeze', 'Titilayo'],
    m: ['Chukwuemeka', 'Oluwaseun', 'Babatunde', 'Emeka', 'Tunde', 'Obinna'],
    family: ['Okonkwo', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okafor', 'Adebayo', 'Uchenna'],
    order: 'given-first',
  },
  indian: {
    f: ['Priya', 'Ananya', 'Kavitha', 'Meera', 'Lakshmi', 'Sunita'],
    m: ['Arjun', 'Vikram', 'Rohan', 'Sanjay', 'Rajesh', 'Karthik'],
    family: ['Raghunathan', 'Mehta', 'Iyer', 'Chatterjee', 'Kulkarni', 'Bhattacharya', 'Menon', 'Reddy'],
    order: 'given-first',
  },
  chinese: {
    f: ['Wenjing', 'Xiaomei', 'Lihua', 'Yuqing', 'Jiayi'],
    m: ['Hao', 'Jianguo', 'Wei', 'Zhiming', 'Guoqiang'],
    family: ['Liu', 'Zhang', 'Chen', 'Huang', 'Zhou', 'Lin', 'Xu'],
    order: 'family-first',
  },
  korean: {
    f: ['Ji-won', 'Seo-yeon', 'Min-ji', 'Ha-eun'],
    m: ['Min-jun', 'Dong-hyun', 'Sung-ho', 'Jae-sung'],
    family: ['Park', 'Kim', 'Choi', 'Jung', 'Kang', 'Yoon'],
    order: 'family-first',
  },
  japanese: {
    f: ['Haruka', 'Yui', 'Emiko', 'Naoko', 'Sayaka'],
    m: ['Kenji', 'Takeshi', 'Hiroshi', 'Daisuke', 'Ryota'],
    family: ['Tanabe', 'Morimoto', 'Hayashi', 'Kobayashi', 'Ishikawa', 'Fujita'],
    order: 'given-first',
  },
  arabic: {
    f: ['Layla', 'Noor', 'Rania', 'Samira', 'Yasmin'],
    m: ['Omar', 'Karim', 'Tariq', 'Youssef', 'Hamza'],
    family: ['Haddad', 'Al-Rashid', 'Mansour', 'El-Sayed', 'Khoury', 'Al-Amin', 'Nasser'],
    order: 'given-first',
  },
  turkish: {
    f: ['Elif', 'Zeynep', 'Ayşe', 'Derya'],
    m: ['Emre', 'Mehmet', 'Burak', 'Oğuz'],
    family: ['Yıldız', 'Demir', 'Çelik', 'Aydın', 'Şahin', 'Öztürk'],
    order: 'given-first',
  },
  vietnamese: { f: ['Lan', 'Mai', 'Thu', 'Hoa'], m: ['Minh', 'Tuan', 'Quang', 'Dung'], family: ['Nguyen', 'Tran', 'Pham', 'Le', 'Vu'], order: 'vietnamese' },
  portuguese: {
    f: ['Beatriz', 'Fernanda', 'Luana', 'Joana'],
    m: ['João', 'Rafael', 'Thiago', 'Gonçalo'],
    family: ['Pereira', 'da Silva', 'Carvalho', 'Oliveira', 'dos Santos', 'Ribeiro'],
    order: 'given-first',
  },
  hispanic: {
    f: ['María José', 'Lucía', 'Carmen', 'Valentina', 'Ximena'],
    m: ['Alejandro', 'Javier', 'Diego', 'Santiago', 'Andrés'],
    family: ['Fernández', 'Gutiérrez', 'Morales', 'Rojas', 'Castillo', 'Núñez', 'Herrera'],
    order: 'given-first',
    second: 0.3,
  },
  polish: {
    f: ['Małgorzata', 'Agnieszka', 'Katarzyna', 'Zofia'],
    m: ['Tomasz', 'Piotr', 'Krzysztof', 'Paweł'],
    family: ['Nowak', 'Kowalczyk', 'Mazur', 'Wójcik', 'Krawczyk'],
    order: 'given-first',
  },
  ukrainian: {
    f: ['Olena', 'Iryna', 'Oksana'],
    m: ['Oleksandr', 'Taras', 'Bohdan'],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko'],
    order: 'given-first',
  },
  kenyan: {
    f: ['Wanjiru', 'Akinyi', 'Njeri', 'Chebet'],
    m: ['Kamau', 'Otieno', 'Kiprono', 'Mutua'],
    family: ['Mwangi', 'Odhiambo', 'Kariuki', 'Wekesa', 'Njoroge', 'Ruto'],
    order: 'given-first',
  },
  ethiopian: {
    f: ['Hirut', 'Meseret', 'Selam'],
    m: ['Abebe', 'Dawit', 'Tesfaye', 'Yonas'],
    family: ['Girma', 'Bekele', 'Haile', 'Tadesse', 'Alemu'],
    order: 'given-first',
  },
  indonesian: {
    f: ['Siti', 'Dewi', 'Putri', 'Ratna'],
    m: ['Budi', 'Agus', 'Rizky', 'Bambang'],
    family: ['Rahmawati', 'Lestari', 'Santoso', 'Wibowo', 'Hidayat', 'Susanto'],
    order: 'given-first',
    mononym: 0.25,
  },
  persian: {
    f: ['Shirin', 'Parisa', 'Nasrin', 'Leila'],
    m: ['Dariush', 'Reza', 'Kaveh', 'Arash'],
    family: ['Farahani', 'Moradi', 'Tehrani', 'Karimi', 'Rostami'],
    order: 'given-first',
  },
  nordic: {
    f: ['Ingrid', 'Astrid', 'Sigrid', 'Freya'],
    m: ['Lars', 'Anders', 'Magnus', 'Henrik'],
    family: ['Lindqvist', 'Halvorsen', 'Berg', 'Sandvik', 'Nyström'],
    order: 'given-first',
  },
  anglo_irish: {
    f: ['Sarah', 'Claire', 'Siobhán', 'Niamh', 'Rebecca'],
    m: ['Thomas', 'Daniel', 'Cillian', 'Patrick', 'Seán'],
    family: ['Whitfield', 'Harrington', 'O’Sullivan', 'Gallagher', 'MacLeod', 'Brennan', 'van der Berg'],
    order: 'given-first',
  },
};

interface Country {
  name: string;
  demonym: string;
  cultures: readonly string[];
  /** Capital first. */
  cities: readonly string[];
  currency: string;
}

const COUNTRIES: readonly Country[] = [
  { name: 'Valdoria', demonym: 'Valdorian', cultures: ['hispanic', 'portuguese'], cities: ['Port Amsel', 'Veyra', 'Castelmar'], currency: 'escudos' },
  { name: 'Kestria', demonym: 'Kestrian', cultures: ['polish', 'ukrainian'], cities: ['Kestrava', 'Orinsk', 'Belgrove'], currency: 'marks' },
  { name: 'Sulani', demonym: 'Sulanese', cultures: ['kenyan', 'ethiopian'], cities: ['Mbarani', 'Kilindi', 'Tana Falls'], currency: 'shillings' },
  { name: 'Bayowa', demonym: 'Bayowan', cultures: ['igbo_yoruba'], cities: ['Orunmi', 'Ebutta', 'Ikeji'], currency: 'cowries' },
  { name: 'Tarsenia', demonym: 'Tarsenian', cultures: ['turkish', 'arabic'], cities: ['Tarsis', 'Heleno', 'Vardak'], currency: 'dinars' },
  { name: 'Norvania', demonym: 'Norvanian', cultures: ['nordic', 'anglo_irish'], cities: ['Fjellby', 'Nordhavn', 'Ostmark'], currency: 'kroner' },
  { name: 'Quessa', demonym: 'Quessan', cultures: ['persian', 'arabic'], cities: ['Qeshan', 'Amarin', 'Sabzeh'], currency: 'rials' },
  { name: 'Marenia', demonym: 'Marenian', cultures: ['indian'], cities: ['Lumen Bay', 'Saltmere', 'Devgarh'], currency: 'rupees' },
  { name: 'Shenlan', demonym: 'Shenlanese', cultures: ['chinese', 'korean'], cities: ['Yunhai', 'Shilong', 'Lanxi'], currency: 'taels' },
  { name: 'Hoshina', demonym: 'Hoshinan', cultures: ['japanese', 'korean'], cities: ['Minato Bay', 'Kuraiwa', 'Tsukishiro'], currency: 'sen' },
  { name: 'Selatra', demonym: 'Selatran', cultures: ['indonesian', 'vietnamese'], cities: ['Batu Perak', 'Sungai Emas', 'Pulau Merah'], currency: 'perak' },
  { name: 'Calderra', demonym: 'Calderran', cultures: ['hispanic', 'anglo_irish'], cities: ['San Lucan', 'Puerto Vell', 'Alcor'], currency: 'pesos' },
];

const MASTHEADS = [
  'Courier',
  'Herald',
  'Post',
  'Times',
  'Chronicle',
  'Tribune',
  'Gazette',
  'Observer',
  'Ledger',
  'Star',
  'Dispatch',
  'Sentinel',
  'Record',
  'Journal',
  'Examiner',
  'Bulletin',
  'Express',
  'Mirror',
  'Standard',
  'Monitor',
  'Telegraph',
  'Reporter',
  'Voice',
  'Clarion',
];
const PREFIXES = ['Daily', 'Evening', 'Morning', 'National', 'Continental', 'Coastal', 'Northern', 'Southern', 'Weekly', 'Sunday'];
/** Web-only names: the aggregators and republishing sites. */
const ONLINE_OUTLETS = [
  'NewsHub Now',
  'Briefly Daily',
  'TrendPulse',
  'The Wire Room',
  'NowReport',
  'DailyScan',
  'NewsLoop',
  'Headline Digest',
  'InfoStream 24',
  'Feedline',
  'WorldBrief Online',
  'ClickPress',
  'Top Stories Today',
  'NewsNest',
  'Readwire',
];
const WIRES = ['Meridian Press', 'Continental News Agency', 'Pacific Wire Service', 'Northstar News'];
const OCCUPATIONS = ['shopkeeper', 'teacher', 'taxi driver', 'retired nurse', 'market trader', 'student', 'mechanic', 'accountant', 'fisherman', 'baker'];
const JOBS = ['lawyer', 'teacher', 'civil engineer', 'journalist', 'doctor', 'trade union organiser', 'banker', 'diplomat'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SECTIONS = ['World', 'News', 'Politics', 'Business', 'Region', 'Latest'];

// ─── Story kinds: who speaks, what they said, what the numbers are ──────────────────────────────────

type RoleKey = 'lead' | 'counter' | 'spokes' | 'expert' | 'witness' | 'subject' | 'opp';
/** A role is either a country's office holder (shared across stories) or someone invented for this story. */
type RoleSpec = { cabinet: 'A' | 'B'; office: string } | { title: string; role: string; dr?: boolean };

/** One unit a fact is measured in, as the fact extractor reads it. */
type Unit = 'minute' | 'hour' | 'day' | 'week';

interface Kind {
  key: string;
  slug: string;
  title: string;
  summary: string;
  setup: Record<string, readonly string[]>;
  roles: Partial<Record<RoleKey, RoleSpec>>;
  /** First person, no "you", no contractions; one [phrase] free of pronouns and verbs that reported speech shifts. */
  statements: ReadonlyArray<readonly [RoleKey, string]>;
  duration: { unit: Unit; min: number; max: number; nouns: readonly string[]; sentences: readonly string[] };
  count: { min: number; max: number; round: number; sentences: readonly string[] };
  headlines: readonly string[];
  leads: readonly string[];
  headings: readonly string[];
  background: readonly string[];
  scare: readonly string[];
}

const KINDS: readonly Kind[] = [
  {
    key: 'talks',
    slug: '{A} {B} talks',
    title: '{Ad} and {Bd} foreign ministers meet in {city}',
    summary: '{B}’s foreign minister visits {city} for talks on border crossings, fishing rights and trade, the first such visit since {since}.',
    setup: {
      venue: ['the Palace of Nations', 'the Foreign Ministry', 'the Old Parliament building', 'the State Guest House'],
      sea: ['Gulf of Amsel', 'Marrow Strait', 'Northern Shelf'],
    },
    roles: {
      lead: { cabinet: 'A', office: 'Foreign Minister' },
      counter: { cabinet: 'B', office: 'Foreign Minister' },
      spokes: { title: 'Foreign Ministry spokesperson', role: 'a spokesperson for the {Ad} foreign ministry' },
      expert: { title: 'Professor', role: 'a professor of international relations at the University of {city2}' },
      witness: { title: '', role: 'a trader at the border market outside {city}' },
      opp: { cabinet: 'B', office: 'Opposition Leader' },
    },
    statements: [
      [
        'lead',
        'We have agreed to reopen the northern border crossings before the end of the year, and I believe this is [a new chapter] for both our peoples.',
      ],
      [
        'lead',
        'Our differences are real, but they are not a reason to stop talking. We will meet again in the spring, and I hope we will have [more to show] by then.',
      ],
      ['counter', 'I came here to listen, and I leave with [a clear sense of what is possible]. The work now is to turn these words into action.'],
      [
        'counter',
        'Nobody in my government wants confrontation. We want stable and predictable relations with all our neighbors, and that is [the message] I will take home.',
      ],
      ['spokes', 'The talks were [frank and constructive] and both sides have agreed to keep the channels open.'],
      [
        'expert',
        'This is a modest step, but in the current climate even a modest step is [worth a great deal]. The real test will come when the fishing season opens.',
      ],
      ['witness', 'We have waited three years for the crossing to open. If it happens, it will [change everything] for traders like me.'],
    ],
    duration: {
      unit: 'minute',
      min: 30,
      max: 110,
      nouns: ['meeting', 'encounter', 'meeting'],
      sentences: [
        'The {dur} at {venue} on {day} was <the last engagement of|the final event of|the high point of> {counter.s}’s two-day visit.',
        'The two ministers <met|talked> for {durFor} at {venue}, <according to officials|officials said|a government statement said>.',
        '{lead} <received|hosted|welcomed> {counter.s} at {venue} for a {dur} <before a working lunch|ahead of a working lunch|followed by lunch>.',
      ],
    },
    count: {
      min: 3,
      max: 9,
      round: 1,
      sentences: [
        'The two sides <signed|concluded|put their names to> {count} agreements, <covering|on> customs, fisheries and <cultural exchanges|culture|student exchanges>.',
        '<Officials said|According to officials,|Diplomats said> {count} agreements were signed <at the end of the visit|before the visit ended|on the last day>.',
      ],
    },
    headlines: [
      '{Ad} and {Bd} ministers agree to reopen border crossings',
      '{B} and {A} pledge ‘new chapter’ after talks in {city}',
      '{counter.last} in {city}: {A} and {B} look to cool tensions',
      '{A}, {B} talks end with promise to meet again',
    ],
    leads: [
      '{lead} and {B}’s top diplomat, {counter.full}, <agreed|pledged|promised> on {day} to reopen border crossings <closed since {closed}|that have been shut since {closed}>, during <the first visit by a {Bd} foreign minister to {A} since {since}|a visit that was the first of its kind since {since}>.',
      '{counter} <arrived in|flew into|landed in> {city} on {day} for talks with {lead.s}, <the first visit by a {Bd} foreign minister since {since}|the first such visit since {since}>, as the two neighbors <try to repair|seek to mend|look to rebuild> ties strained by <a dispute|a long-running row|a bitter quarrel> over fishing rights.',
    ],
    headings: ['What was agreed', 'A long dispute', 'What comes next', 'Reaction in {Bcity}'],
    background: [
      'Relations <between the two countries|between the neighbors> <soured|deteriorated|worsened> in {since} after a dispute over fishing rights in the {sea} <led {B} to recall|prompted {B} to withdraw> its ambassador.',
      '{Bd} customs officials seized {n:12-90} {Ad} cargo containers <at the border|at a border post> in {y:2-4}, a move the government in {city} <called unjustified|described as unjustified|condemned>.',
      'Trade between {A} and {B} <fell to|dropped to|slumped to> {money:900-4000} last year, <less than half its level a decade ago|about half what it was ten years earlier>.',
      'The northern <border crossings|crossing points> have been <closed|shut> since {closed}, <forcing|obliging> trucks to <make a detour of|take detours of|drive> more than {n:150-400} kilometers.',
      '<Diplomats|Some officials|Observers> in {city} <described|characterized> the mood at the talks as a {scare}.',
      'The two governments have <tried|attempted> to mend ties before: <a similar round of talks|talks> in {y:5-8} ended without <agreement|a deal>.',
      'Opposition politicians in {Bcity} <accused the government of making|criticized the government for making> concessions without <securing|getting|winning> anything in return.',
      '{expert} said the choice of {venue} <for the meeting|as the venue> was <a signal in itself|itself a signal|significant>.',
    ],
    scare: ['reset', 'thaw', 'charm offensive'],
  },
  {
    key: 'fire',
    slug: '{city} {company} fire',
    title: 'Fire at {company} plant in {city}',
    summary: 'A fire at a {company} factory on the {district} industrial estate in {city} injures workers and forces nearby residents from their homes.',
    setup: {
      company: ['Halvern Chemicals', 'Ostrel Plastics', 'Marrow Bay Textiles', 'Kelvan Paints', 'Norvik Polymers'],
      district: ['Eastgate', 'Millbrook', 'Old Harbor', 'Riverside', 'Stonebridge'],
    },
    roles: {
      lead: { title: '{city} Fire Chief', role: 'the head of the {city} fire service' },
      counter: { title: '{company} Chief Executive', role: 'the chief executive of {company}' },
      spokes: { cabinet: 'A', office: 'Interior Minister' },
      expert: { title: 'Dr', role: 'a chemical safety researcher at the University of {city2}', dr: true },
      witness: { title: '', role: 'a {occupation} who lives near the plant' },
      opp: { cabinet: 'A', office: 'Opposition Leader' },
    },
    statements: [
      ['lead', 'The fire spread very quickly through the storage hall. My crews did an extraordinary job to stop it reaching [the chemical tanks].'],
      ['lead', 'We will not know the cause until the building is safe to enter, and that could take several days.'],
      ['counter', 'Our first thoughts are with the injured workers and their families. We will cooperate fully with [the investigation].'],
      ['counter', 'The plant passed its last safety inspection in the spring, and we have no reason to believe that our procedures were not followed.'],
      ['spokes', 'I have asked for a full report by the end of the month. If rules were broken, [there will be consequences].'],
      ['expert', 'Plants like this one store large amounts of solvent close to homes. That is [a planning problem], not just a safety problem.'],
      ['witness', 'We heard a loud bang and then the sky turned black. I took the children and we just ran.'],
    ],
    duration: {
      unit: 'hour',
      min: 3,
      max: 14,
      nouns: ['blaze', 'fire'],
      sentences: [
        'Firefighters <brought|got> the {dur} under control <shortly before dawn|early the next morning|just before dawn>.',
        'More than {n:60-180} firefighters <battled|fought> the flames for {durFor} before <the fire was brought under control|they contained it>.',
      ],
    },
    count: {
      min: 6,
      max: 40,
      round: 1,
      sentences: [
        '{count} workers were <taken to hospital|treated in hospital|hospitalized>, <officials said|according to officials>.',
        '<Hospital officials|Doctors> said they had treated {count} people, <most of them|mainly> for smoke inhalation.',
      ],
    },
    headlines: [
      'Huge fire at {city} chemical plant injures workers',
      'Residents evacuated as blaze rips through {company} factory',
      '{company} fire: investigation ordered after {district} blaze',
    ],
    leads: [
      'A fire <tore through|ripped through|engulfed> a {company} factory on the {district} industrial estate in {city} on {day}, <injuring workers|leaving workers injured> and sending <a column|a plume> of black smoke over the city.',
      'Hundreds of residents <were ordered from|had to leave> their homes in {city} on {day} after a fire <broke out|started> at a chemical plant <run by|belonging to> {company}.',
    ],
    headings: ['Residents evacuated', 'Questions over safety', 'The investigation'],
    background: [
      'The plant <employs|has> about {n:200-900} <people|workers> and makes solvents and coatings <for the building trade|used in construction>.',
      'Residents within {n:1-3} kilometers were <told|advised> to keep windows and doors <shut|closed> until the smoke <cleared|had cleared>.',
      '{company} was fined {money:1-6} in {y:2-6} <for failing to report|after it failed to report> a chemical leak <at the same site|at the plant>.',
      'Air quality monitors <in {city}|across the city> recorded pollution levels {n:3-9} times <above the safe limit|the safe level> <during the night|overnight>.',
      'Local councillors have <campaigned for years|spent years campaigning> to move heavy industry away from the {district} estate, <which is surrounded by housing|where homes stand a few streets away>.',
      'The cause of the fire <is not yet known|remains unclear>. Police said there was <nothing to suggest|no sign> it had been started deliberately.',
      '<Schools in the area|Nearby schools|Local schools> will <stay closed|remain shut> on {nextday} as a precaution.',
      'The company <has described|describes> its safety record as {scare}.',
    ],
    scare: ['world-class', 'exemplary', 'industry-leading'],
  },
  {
    key: 'rates',
    slug: '{A} central bank rates',
    title: '{A}’s central bank raises interest rates',
    summary: 'The {Ad} Central Bank raises its benchmark interest rate again as inflation stays high.',
    setup: { lender: ['Castel Bank', 'Meridian Savings', 'First Amsel Trust', 'Northshore Capital'], bp: ['25', '50', '75'] },
    roles: {
      lead: { cabinet: 'A', office: 'Central Bank Governor' },
      counter: { cabinet: 'A', office: 'Finance Minister' },
      expert: { title: '', role: 'chief economist at {lender}' },
      witness: { title: '', role: 'who runs a bakery in {city}' },
      opp: { cabinet: 'A', office: 'Opposition Leader' },
    },
    statements: [
      [
        'lead',
        'Inflation is still far too high, and it is hurting the poorest families the most. We will do whatever is necessary to [bring it back to target].',
      ],
      ['lead', 'I do not expect this to be the last increase, but we are now much closer to the end of the cycle than to [its beginning].'],
      [
        'counter',
        'The government fully respects the independence of the central bank. Our job is to make sure that [public spending] does not add to inflation.',
      ],
      ['expert', 'The bank had little choice after the latest figures. The risk now is that it goes too far and [pushes the economy into recession].'],
      ['witness', 'My flour costs have doubled in two years. I have already raised my prices twice, and I really cannot do it again.'],
    ],
    duration: {
      unit: 'hour',
      min: 2,
      max: 9,
      nouns: ['meeting', 'session'],
      sentences: [
        'The decision <came after|followed> a {dur} of the bank’s <policy committee|rate-setting committee> in {city}.',
        'The committee <deliberated|met> for {durFor} before <announcing the decision|making the announcement> on {day} afternoon.',
      ],
    },
    count: {
      min: 14,
      max: 30,
      round: 1,
      sentences: ['Most of the {count} economists <surveyed|polled> by {wire} had <expected|predicted> a rise of that size.'],
    },
    headlines: [
      '{A} raises rates again as inflation bites',
      'Central bank lifts rates, signals more to come',
      '{Ad} Central Bank raises interest rates to highest level since {since}',
    ],
    leads: [
      'The {Ad} Central Bank <raised|increased|lifted> its main interest rate by {bp} basis points on {day}, its {ordinal} <increase|rise> this year, as it <struggles|tries> to bring down <stubbornly high|persistent> inflation.',
      '{lead} announced on {day} that the bank would <raise|increase> borrowing costs by {bp} basis points, the {ordinal} <increase|such move> this year.',
    ],
    headings: ['Inflation still high', 'Pressure on borrowers', 'What the markets expect'],
    background: [
      'Annual inflation <stood at|was> {pct:6-14} last month, <well above|far higher than> the bank’s target of {pct:2-3}.',
      'The {currency} has <lost|shed> about {pct:8-20} of its value against the continental mark <since January|this year>.',
      'Mortgage rates in {A} have <climbed|risen> to their highest level in <more than a decade|over ten years>.',
      'The finance ministry is <expected|due> to present a revised budget to <parliament|lawmakers> next month.',
      'Retail sales fell for a {ordinal} <consecutive|straight> month in {month}, <figures released last week showed|official data showed last week>.',
      'Economists <expect|forecast> growth of {pct:0-2} this year, <down from|compared with> {pct:3-5} last year.',
      'The governor has <repeatedly said|said more than once> that the rise in prices would be {scare}.',
    ],
    scare: ['temporary', 'transitory', 'soft landing'],
  },
  {
    key: 'strike',
    slug: '{A} rail strike',
    title: 'Rail workers strike across {A}',
    summary: 'Train drivers and station staff walk out over pay and conditions, halting most services in {A}.',
    setup: {
      union: ['Rail Workers’ Union', 'Union of Train Drivers', 'Transport and Rail Union'],
      rail: ['{A} Railways', 'National Rail of {A}', 'Norvik Rail'],
    },
    roles: {
      lead: { title: 'union leader', role: 'general secretary of the {union}' },
      counter: { cabinet: 'A', office: 'Transport Minister' },
      spokes: { title: '', role: 'a spokesperson for {rail}' },
      expert: { title: '', role: 'a labor economist at the University of {city2}' },
      witness: { title: '', role: 'a nurse who commutes from {city2}' },
      opp: { cabinet: 'A', office: 'Opposition Leader' },
    },
    statements: [
      ['lead', 'Our members have not had a real pay rise in five years. Nobody wants to strike, but the company has left us [no other choice].'],
      ['lead', 'We are ready to go back to the table tomorrow, but only if the offer is serious.'],
      [
        'counter',
        'This strike is causing real hardship for millions of people who just want to get to work. The union must [call it off] and return to talks.',
      ],
      ['spokes', 'We have made a fair offer, and it is still on the table. We apologize to passengers for [the disruption].'],
      ['witness', 'I have to be at the hospital at seven. Today it took me nearly four hours, and I am exhausted.'],
      ['expert', 'Both sides are under pressure, and the longer this goes on, [the harder it becomes] to find a compromise.'],
    ],
    duration: {
      unit: 'day',
      min: 2,
      max: 6,
      nouns: ['strike', 'walkout'],
      sentences: [
        'The {dur} <began|started> at midnight on {day} and has <halted|stopped> most <long-distance services|intercity trains>.',
        'Workers <plan|intend> to stay out for {durFor}, <the union said|according to the union>.',
      ],
    },
    count: {
      min: 4000,
      max: 30000,
      round: 500,
      sentences: [
        '{count} workers are <taking part in|joining> the strike, <according to the union|the union said>.',
        'The union <says|said> {count} of its members have <walked out|stopped work>.',
      ],
    },
    headlines: ['Rail strike brings {A} to a standstill', 'Train drivers walk out as pay talks collapse', '{A} rail strike: what we know'],
    leads: [
      'Train drivers and station staff across {A} <walked out|went on strike> on {day}, <halting|stopping> most rail services in a <dispute|row> over pay that has <dragged on|gone on> for months.',
      'Millions of commuters in {A} <faced|had> a difficult journey to work on {day} as rail workers <began|started> a strike over pay.',
    ],
    headings: ['Commuters stranded', 'The pay dispute', 'What happens next'],
    background: [
      'Only {pct:10-30} of <scheduled trains|planned services> were running by midday, <according to {rail}|{rail} said>.',
      'Roads into {city} were <gridlocked|jammed> during the morning rush hour as commuters <switched to|turned to> cars and buses.',
      'The union <is demanding|wants> a pay rise of {pct:9-15}; {rail} has <offered|proposed> {pct:4-7} over two years.',
      'It is the {ordinal} <national rail strike|nationwide rail walkout> since {since}.',
      'Talks <brokered|arranged> by the state mediation service <broke down|collapsed> last week after {n:6-14} hours.',
      'Freight operators <said|warned> deliveries of fuel and grain could be <delayed|held up> if the strike <continues|goes on>.',
      'Ministers have <described|branded> the union’s demands as {scare}.',
    ],
    scare: ['unreasonable', 'unaffordable', 'a fair offer'],
  },
  {
    key: 'court',
    slug: '{firm} fraud verdict',
    title: 'Founder of {firm} convicted of fraud',
    summary: 'A jury in {city} finds the founder of {firm} guilty of defrauding investors.',
    setup: { firm: ['Corvane Investments', 'Silvergate Trust', 'Aurel Capital', 'Brightlake Ventures'] },
    roles: {
      lead: { title: 'Judge', role: 'the presiding judge' },
      counter: { title: '', role: 'a lawyer for the defendant' },
      spokes: { title: 'Prosecutor', role: 'the lead prosecutor' },
      expert: { title: 'Professor', role: 'a professor of law at the University of {city2}' },
      witness: { title: '', role: 'a former investor in {firm}' },
      subject: { title: '', role: 'the founder of {firm}' },
      opp: { cabinet: 'A', office: 'Opposition Leader' },
    },
    statements: [
      ['lead', 'The defendant showed no remorse at any stage of this trial. The harm done to ordinary savers was [deliberate and sustained].'],
      ['counter', 'We are deeply disappointed by the verdict and we will appeal. My client has always maintained [his innocence].'],
      ['spokes', 'Today’s verdict sends a clear message that nobody is [above the law], however wealthy or well connected.'],
      ['witness', 'I lost everything I had saved for my retirement. No sentence will give that money back, but at least [the truth is out].'],
      ['expert', 'Juries are often reluctant to convict in complex fraud cases, so this result will [embolden prosecutors].'],
    ],
    duration: {
      unit: 'hour',
      min: 5,
      max: 22,
      nouns: ['deliberation'],
      sentences: [
        'The jury <returned its verdict|reached its decision> after {durFor} of deliberation.',
        'The verdict <followed|came after> a {dur} <spread over three days|over three days>.',
      ],
    },
    count: {
      min: 300,
      max: 5000,
      round: 50,
      sentences: [
        'Prosecutors said the scheme <took money from|drew in> {count} investors.',
        'The court <heard|was told> that {count} people had <put money into|invested in> the scheme.',
      ],
    },
    headlines: ['{firm} founder found guilty of fraud', 'Jury convicts {subject.last} over investment scheme', '{firm} verdict: investors welcome conviction'],
    leads: [
      '{subject.full}, the founder of {firm}, was <found guilty|convicted> in {city} on {day} of defrauding investors of {money:40-400}, <at the end of|after> a trial that lasted {n:5-11} weeks.',
      'A jury in {city} on {day} convicted {subject.full} of fraud over the collapse of {firm}, which <took|wiped out> the savings of thousands of people.',
    ],
    headings: ['The verdict', 'How the scheme worked', 'Investors react'],
    background: [
      'Sentencing is <expected|due> next month. Fraud on this scale <carries|can bring> a maximum sentence of {n:10-20} years.',
      '{firm} collapsed in {y:2-4}, leaving thousands of savers <unable to withdraw|unable to get back> their money.',
      '<During the trial|Over the course of the trial>, the jury heard that investors were promised <annual returns|yearly returns> of {pct:12-25}.',
      '{subject} was <taken into custody|led away> after the verdict was <read out|announced>.',
      'Outside the court, <a small group of|several> former investors <applauded|cheered> as the verdict <was announced|came through>.',
      'Regulators have since <tightened the rules on|cracked down on> unlicensed investment schemes.',
      '<Brochures|Leaflets> sent to investors <described|presented> the returns as {scare}.',
    ],
    scare: ['guaranteed', 'risk-free', 'an exclusive opportunity'],
  },
  {
    key: 'flood',
    slug: '{river} floods {city}',
    title: 'Floods in {province} of {A}',
    summary: 'The {river} river bursts its banks after days of heavy rain, forcing thousands from their homes in and around {city}.',
    setup: {
      river: ['Amsel', 'Veyra', 'Drovna', 'Saltmere', 'Oren'],
      province: ['the Northern Province', 'the Lowlands', 'the Eastern Province', 'the Coastal Region'],
    },
    roles: {
      lead: { title: 'Governor', role: 'the governor of {province}' },
      counter: { title: 'disaster agency chief', role: 'head of the {A} Disaster Management Agency' },
      spokes: { cabinet: 'A', office: 'Interior Minister' },
      expert: { title: 'Dr', role: 'a hydrologist at the University of {city2}', dr: true },
      witness: { title: '', role: 'a farmer from a village near {city}' },
      opp: { cabinet: 'A', office: 'Opposition Leader' },
    },
    statements: [
      [
        'lead',
        'This is the worst flooding this province has seen in a generation. Our priority now is to get [food, water and shelter] to the families who have lost everything.',
      ],
      [
        'counter',
        'The water levels are still rising in some areas, and we are asking people to follow the evacuation orders. Nobody should [return home] yet.',
      ],
      ['spokes', 'The army has been deployed, and I have released emergency funds. Nobody will be [left to cope alone].'],
      ['witness', 'The water came into the house in the middle of the night. We lost the animals, the harvest, everything.'],
      ['expert', 'Rain like this used to come once in fifty years. Now we are seeing it [every few years], and our defenses were not built for that.'],
    ],
    duration: {
      unit: 'hour',
      min: 10,
      max: 40,
      nouns: ['downpour', 'storm'],
      sentences: [
        'The {dur} <dumped|dropped> more rain on {city} than <usually falls|normally falls> in a month.',
        'It rained <almost without a break|almost continuously> for {durFor}, <according to the weather service|the weather service said>.',
      ],
    },
    count: {
      min: 2000,
      max: 40000,
      round: 100,
      sentences: [
        '{count} people have been <moved to|taken to> emergency shelters, <officials said|according to officials>.',
        '<Officials said|Authorities said> {count} people had been evacuated by {day} evening.',
      ],
    },
    headlines: ['Thousands flee as {river} floods {city}', '{A} floods: army deployed as river bursts its banks', '‘Worst in a generation’: floods hit {city}'],
    leads: [
      'Thousands of people were <forced from|driven from> their homes in {province} on {day} after the {river} river burst its banks <following|after> days of <torrential|heavy> rain.',
      'Soldiers and rescue workers <used boats to reach|took boats to> villages cut off by floodwater around {city} on {day}, after the {river} <rose to a record level|reached a record height>.',
    ],
    headings: ['Rescue efforts', 'A warning from scientists', 'Counting the cost'],
    background: [
      'At least {n:3-19} people have <died|been killed>, according to the {A} Disaster Management Agency.',
      'Roads and rail lines between {city} and {city2} were <cut off|cut>, and several bridges were closed <as a precaution|to be safe>.',
      'Farmers in the region say the floods have <destroyed|ruined> much of the rice harvest <weeks before it was due to be gathered|just weeks before harvest time>.',
      'The weather service has <issued|put out> a red warning for {n:3-6} more districts, with <further|more> rain forecast for {nextday}.',
      'Flood defenses along the {river} were last <upgraded|improved> in {y:15-30}.',
      'Aid agencies said clean drinking water was <the most urgent need|the greatest need> in the shelters.',
      'Officials have called the floods {scare}, a description <scientists dispute|that scientists reject>.',
    ],
    scare: ['a once-in-a-century event', 'an act of God', 'unprecedented'],
  },
  {
    key: 'trial',
    slug: '{A} vaccine trial',
    title: 'Trial results for {product}',
    summary: 'Researchers in {city} publish the results of a large trial of {product}.',
    setup: {
      product: ['a nasal spray vaccine against dengue', 'a heat-stable tuberculosis vaccine', 'a new treatment for childhood pneumonia'],
      institute: ['National Institute of Public Health', 'Centre for Tropical Medicine', 'Institute of Infectious Diseases'],
    },
    roles: {
      lead: { title: 'Dr', role: 'who led the trial at the {institute}', dr: true },
      counter: { cabinet: 'A', office: 'Health Minister' },
      expert: { title: 'Professor', role: 'an epidemiologist at the University of {city2}, who was not involved in the study' },
      witness: { title: '', role: 'who took part in the trial in {city}' },
      opp: { cabinet: 'A', office: 'Opposition Leader' },
    },
    statements: [
      [
        'lead',
        'These results are very encouraging. For the first time we have a product that works in the heat and does not need [a cold chain], which is what rural clinics really need.',
      ],
      ['lead', 'We still need to see how long the protection lasts, and that is why we will follow [the volunteers] for another two years.'],
      ['counter', 'If the regulator approves it, we will make it available free of charge in every district. Nobody should [have to pay] for this.'],
      ['expert', 'The trial was well designed and the numbers are large enough to be taken seriously. But this is [one study], and it needs to be repeated.'],
      ['witness', 'My son had the infection twice before the trial. I wanted to do something so that other families do not go through [the same thing].'],
    ],
    duration: {
      unit: 'week',
      min: 8,
      max: 52,
      nouns: ['trial', 'study'],
      sentences: [
        'Volunteers were <followed|monitored> for {durFor} after <receiving the dose|they were given the dose>.',
        'The {dur} was <funded|paid for> by the {Ad} health ministry and two charities.',
      ],
    },
    count: {
      min: 800,
      max: 12000,
      round: 50,
      sentences: [
        'The study <enrolled|recruited> {count} volunteers at {n:6-20} sites <across|around> {A}.',
        '<In all|Altogether>, {count} people took part in the trial.',
      ],
    },
    headlines: [
      'New vaccine shows promise in large {Ad} trial',
      'Trial finds {product} is safe and effective',
      'Scientists hail ‘encouraging’ results from {Ad} trial',
    ],
    leads: [
      'Researchers at the {institute} said on {day} that {product} <cut|reduced> infections by {pct:55-85} in a large trial, <raising hopes of|offering hope of> a cheaper way to protect children in rural areas.',
      '{product} was safe and <worked well|proved effective> in a trial <involving|of> thousands of people, the {institute} in {city} said on {day}.',
    ],
    headings: ['The results', 'What experts say', 'Next steps'],
    background: [
      'The results were published on {day} in a <peer-reviewed medical journal|medical journal>.',
      'About {n:2-9} million people in {A} live <more than two hours|over two hours> from a clinic <with a refrigerator|that has a fridge>.',
      'The regulator is <expected|likely> to decide on approval within {n:6-12} months.',
      'Side effects were mild, the researchers said, <mostly|mainly> a sore arm or a <slight|mild> fever.',
      'Earlier candidates failed because they <lost potency|stopped working> when <stored|kept> above room temperature.',
      'The product would cost about {n:2-6} {currency} a dose to <manufacture|make>, <according to the developers|the developers said>.',
      'Some newspapers in {A} have already <called|hailed> the product <a {scare}|as a {scare}>.',
    ],
    scare: ['game changer', 'miracle', 'breakthrough'],
  },
  {
    key: 'council',
    slug: '{city} council vote',
    title: '{city} council approves {project}',
    summary: 'After a long debate, councillors in {city} vote to approve {project}, despite protests from residents.',
    setup: {
      project: ['a new stadium', 'the harbor redevelopment', 'a light rail line', 'the riverside tower project'],
      developer: ['Castellan Group', 'Brightwater Developments', 'Norland Construction', 'Halcyon Partners'],
      district: ['Eastgate', 'Millbrook', 'Riverside', 'Stonebridge'],
    },
    roles: {
      lead: { title: 'Mayor', role: 'the mayor of {city}' },
      counter: { title: '{developer} Chief Executive', role: 'the chief executive of {developer}' },
      spokes: { title: 'Councillor', role: 'who leads the opposition on the council' },
      expert: { title: '', role: 'an urban planning researcher at the University of {city2}' },
      witness: { title: '', role: 'a resident of the {district} district' },
      opp: { cabinet: 'A', office: 'Opposition Leader' },
    },
    statements: [
      ['lead', 'This is the biggest investment in the city in a generation. It will bring [thousands of jobs] and a new life to the waterfront.'],
      ['lead', 'I have listened to the concerns of residents, and we have changed the plans to include more housing and [green space].'],
      ['counter', 'We are ready to start work in the autumn, and we expect to finish the first phase [within three years].'],
      [
        'spokes',
        'The costs have doubled since the project was first proposed, and nobody can tell us who will pay if they double again. This is [a blank cheque].',
      ],
      ['witness', 'They say it is for the community, but nobody asked us. The rents here are already too high.'],
      ['expert', 'Projects like this often deliver less than promised. The question is whether the city has [the right safeguards] in the contract.'],
    ],
    duration: {
      unit: 'hour',
      min: 3,
      max: 11,
      nouns: ['debate', 'session'],
      sentences: [
        'The vote <came at the end of|capped> a {dur} in the council chamber.',
        'Councillors <debated|argued over> the plans for {durFor} before <the vote|voting>.',
      ],
    },
    count: {
      min: 200,
      max: 3000,
      round: 50,
      sentences: [
        'About {count} protesters <gathered|rallied> outside city hall during the debate.',
        'Police <estimated|said> that {count} people joined a protest outside <the building|city hall>.',
      ],
    },
    headlines: ['{city} council backs {project}', 'Councillors approve {project} despite protests', 'Green light for {project} in {city}'],
    leads: [
      'Councillors in {city} voted {n:21-30} to {n:10-20} on {day} to approve {project}, a plan that has <divided the city|split opinion in the city> for years.',
      '{lead} <won approval|secured backing> on {day} for {project}, after a <stormy|heated> meeting of the city council.',
    ],
    headings: ['The vote', 'Opposition', 'What happens next'],
    background: [
      'The project is <expected|projected> to cost {money:300-900}, about a third of it <from public funds|paid by taxpayers>.',
      'The scheme was first proposed in {y:6-10}, but <stalled|was put on hold> after the previous developer <went bankrupt|collapsed>.',
      'Residents’ groups have <collected|gathered> more than {n:8000-20000} signatures <against the plan|opposing the project>.',
      'The council said {n:1200-4000} homes would be built <as part of the scheme|on the site>, {pct:20-35} of them affordable.',
      'Traffic studies <commissioned by the council|ordered by the city> predict <heavier congestion|more traffic> in the {district} district during construction.',
      'Opposition councillors said they would ask the regional government to <review|reconsider> the decision.',
      'The developer has <promised|pledged> a {scare} for the neighborhood.',
    ],
    scare: ['community benefit', 'world-class destination', 'affordable'],
  },
];

/** Background any story can use: no person but the opposition leader, no kind-specific noun. */
const GENERIC_BACKGROUND: readonly string[] = [
  '{A}’s government has <faced criticism|been criticized> over its handling of the issue <in recent months|lately>.',
  'The announcement <was made|came> on {day}, a day after {Ad} newspapers <reported|published> some of the details.',
  'Opinion polls <published|released> last month suggested support for the government had <fallen|dropped> to {pct:28-41}.',
  'Officials did not say when <further details|more details|more information> would be released.',
  'A statement from the prime minister’s office <welcomed|praised> the news but <gave no further details|said little else>.',
  'Television <footage|pictures> showed crowds gathering in the center of {city} <in the afternoon|later in the day>.',
  'With about {n:300000-2400000} <inhabitants|residents>, {city} is one of the <largest|biggest> cities in {A}.',
  'Social media users in {A} shared <images|pictures> of the scene <throughout the day|all day>.',
  'The issue is <expected|likely> to feature prominently in <the election campaign next year|next year’s election campaign>.',
  'Critics say the government has been slow to <respond|react>, a charge <ministers deny|ministers reject>.',
  'Neighboring {B} said it was <following|watching> developments closely.',
  'The news <dominated|filled> the front pages of newspapers in {city} on {nextday}.',
  'Business groups said they hoped the outcome would bring <some certainty|a measure of certainty> after months of <speculation|uncertainty>.',
  'It was not <immediately clear|clear> how the decision would affect {city2}, where similar plans have been <discussed|debated>.',
  '{A} has <a population of about {n:8-60} million|about {n:8-60} million people|some {n:8-60} million inhabitants>.',
  'The parliamentary committee that <oversees|supervises> the sector is due to hold a hearing <on the matter|on the issue> in {month}.',
  'Reporters were not <allowed|permitted> to attend, and officials gave only a brief account <afterwards|later>.',
  'The last time the issue <attracted|drew> this much attention was in {y:3-9}.',
  'Independent observers said it was too early to <judge|assess> the long-term impact.',
  '{opp} said the government had lost control of events and <called for|demanded> a debate in parliament.',
  'Local radio stations in {city2} <interrupted|broke into> their programs to carry the news.',
  'Analysts said the government would want to be seen to act <quickly|fast>.',
  'The government is <due|expected> to publish its own assessment within {n:2-6} weeks.',
  'Several {Ad} ministers <cancelled|called off> engagements on {day} to deal with the situation.',
  'Shares in {Ad} companies were <little changed|broadly flat> on the {city} stock exchange.',
  'Officials in {city2} said they were watching the situation closely and had <no immediate plans|no plans for now> to follow suit.',
  'The {Ad} president has not commented publicly.',
  'Lawmakers from the ruling party <largely backed|mostly supported> the government’s line.',
  'A survey by the {Ad} Institute of Social Research found that {pct:40-70} of people had <followed the news closely|paid close attention to the news>.',
  'Commentators on state television <struck|adopted> a cautious tone.',
  'The story was the most <read|widely read> item on several {Ad} news websites on {day}.',
  'A petition <calling for|demanding> an independent inquiry had <gathered|collected> {n:2000-9000} signatures by the evening.',
  'Several local businesses <stayed closed|did not open> for the day.',
  'The mayor of {city2} said the city would offer <whatever help it could|any help it could>.',
  'Religious leaders and community groups <appealed|called> for calm.',
  'Some residents said they had <learned of|heard> the news <from|on> social media before any official announcement.',
  'The government has <set aside|earmarked> {money:20-90} for emergencies of all kinds in this year’s budget.',
  'A fuller picture is expected to emerge <over the coming days|in the next few days>.',
  'Opposition newspapers accused the government of trying to <play down|downplay> the problem.',
  'Few officials were <willing|prepared> to speak on the record.',
  'Diplomats from {B} and other neighbors were <briefed|informed> by the foreign ministry on {nextday}.',
  'The events were <followed closely|watched closely> abroad, where {A} is often seen as a bellwether <for the region|for its neighbors>.',
  'Public broadcasters <devoted|gave> much of their evening news programs to the story.',
];

/** Sentences about one person; {X} is replaced by a role key. */
const PROFILE: readonly string[] = [
  '{X.s}, who is {n:38-67}, has held the post since {y:1-6}.',
  'Before taking up the job, {X} worked as a {job} in {city2} for more than a decade.',
  '{X} has been in the spotlight before: in {y:2-5}, {X.he} faced calls to resign over a leaked memo.',
  'Colleagues describe {X} as cautious and well prepared, with little appetite for publicity.',
];

// ─── Text transforms ────────────────────────────────────────────────────────────────────────────────

/** Internal quotation marks, rendered per outlet at the end. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

const IZE = [
  'stabil',
  'organ',
  'recogn',
  'priorit',
  'critic',
  'emphas',
  'apolog',
  'modern',
  'mobil',
  'author',
  'real',
  'minim',
  'normal',
  'legal',
  'central',
  'privat',
  'special',
  'character',
  'summar',
  'util',
];
const SPELLING_PAIRS: Array<[string, string]> = [
  ...IZE.flatMap((s): Array<[string, string]> => [
    [`${s}ize`, `${s}ise`],
    [`${s}izes`, `${s}ises`],
    [`${s}ized`, `${s}ised`],
    [`${s}izing`, `${s}ising`],
    [`${s}ization`, `${s}isation`],
  ]),
  ['analyze', 'analyse'],
  ['analyzed', 'analysed'],
  ['center', 'centre'],
  ['centers', 'centres'],
  ['defense', 'defence'],
  ['defenses', 'defences'],
  ['offense', 'offence'],
  ['labor', 'labour'],
  ['favor', 'favour'],
  ['favorable', 'favourable'],
  ['neighbor', 'neighbour'],
  ['neighbors', 'neighbours'],
  ['neighboring', 'neighbouring'],
  ['neighborhood', 'neighbourhood'],
  ['color', 'colour'],
  ['honor', 'honour'],
  ['rumor', 'rumour'],
  ['behavior', 'behaviour'],
  ['harbor', 'harbour'],
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['traveled', 'travelled'],
  ['traveling', 'travelling'],
  ['canceled', 'cancelled'],
  ['kilometers', 'kilometres'],
  ['kilometer', 'kilometre'],
  ['meters', 'metres'],
  ['gray', 'grey'],
  ['skeptical', 'sceptical'],
  ['judgment', 'judgement'],
  ['trucks', 'lorries'],
  ['truck', 'lorry'],
  ['check', 'cheque'],
  ['fulfill', 'fulfil'],
  ['pediatric', 'paediatric'],
  ['maneuver', 'manoeuvre'],
];
const TO_UK = new Map(SPELLING_PAIRS);
const TO_US = new Map(SPELLING_PAIRS.map(([us, uk]) => [uk, us]));

/** Unidirectional, meaning-preserving swaps (mostly): what one outlet's translator or a rewriting tool does. */
const SYNONYMS: Record<string, readonly string[]> = {
  important: ['significant', 'key'],
  difficult: ['hard', 'tough'],
  quickly: ['swiftly', 'rapidly'],
  serious: ['genuine', 'credible'],
  problem: ['issue'],
  concerns: ['worries'],
  talks: ['discussions'],
  believe: ['think'],
  confident: ['sure'],
  large: ['big'],
  enough: ['sufficient'],
  children: ['kids'],
  workers: ['employees'],
  residents: ['locals'],
  families: ['households'],
  government: ['administration'],
  money: ['funds'],
  together: ['jointly'],
  safe: ['secure'],
  biggest: ['largest'],
  clear: ['plain'],
  real: ['genuine'],
  modest: ['small'],
  ready: ['prepared'],
  encouraging: ['promising'],
  reluctant: ['unwilling'],
  extraordinary: ['remarkable'],
  deeply: ['very'],
  disappointed: ['let down'],
  exhausted: ['worn out'],
  doubled: ['risen twofold'],
  listen: ['hear'],
  several: ['a few'],
  priority: ['first concern'],
  worst: ['most severe'],
  start: ['begin'],
  finish: ['complete'],
  stable: ['steady'],
  predictable: ['reliable'],
  action: ['deeds'],
  hurting: ['harming'],
};

/**
 * House vocabulary: each outlet settles on one wording of these phrases and keeps it, the way a style guide
 * does. Applied to the reporter's own sentences only, never inside quotes.
 */
const HOUSE_WORDS: Record<string, readonly string[]> = {
  'more than': ['more than', 'over'],
  about: ['about', 'around', 'roughly', 'some'],
  'the government': ['the government', 'the administration', 'the authorities'],
  'government’s': ['government’s', 'administration’s'],
  officials: ['officials', 'authorities', 'government officials'],
  several: ['several', 'a number of', 'some'],
  'expected to': ['expected to', 'set to', 'likely to'],
  closely: ['closely', 'carefully'],
  'the news': ['the news', 'the development', 'the announcement'],
  residents: ['residents', 'locals'],
  'a day after': ['a day after', 'one day after', 'the day after'],
  'in recent months': ['in recent months', 'over recent months', 'in the past few months'],
  'thousands of': ['thousands of', 'many thousands of', 'tens of thousands of'],
  'hundreds of': ['hundreds of', 'several hundred'],
  'the two': ['the two', 'both'],
  issue: ['issue', 'matter', 'question'],
  plan: ['plan', 'proposal', 'scheme'],
  plans: ['plans', 'proposals'],
  ministers: ['ministers', 'cabinet members'],
  people: ['people', 'residents', 'citizens'],
  'last year': ['last year', 'in the past year', 'over the past year'],
  'last month': ['last month', 'in the previous month'],
  'on the matter': ['on the matter', 'on the subject'],
  'said they': ['said they', 'stated that they', 'said that they'],
  'said it': ['said it', 'said that it', 'stated that it'],
  'officials said': ['officials said', 'officials told reporters', 'officials confirmed'],
};
// Not before a hyphen: "the two-day visit" keeps its words.
const HOUSE_PATTERN = new RegExp(
  `\\b(?:${Object.keys(HOUSE_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b(?!-)`,
  'gi',
);

/** Words a reporter may choose differently from one article to the next (own sentences only). */
const REPORTER_SYNONYMS: Record<string, readonly string[]> = {
  region: ['area'],
  farmers: ['growers'],
  urgent: ['pressing'],
  agencies: ['groups'],
  warning: ['alert'],
  districts: ['areas'],
  further: ['more'],
  roads: ['highways'],
  closed: ['shut'],
  announcement: ['statement'],
  details: ['information'],
  crowds: ['large groups'],
  images: ['photos'],
  throughout: ['all through'],
  commentators: ['pundits'],
  cautious: ['careful'],
  businesses: ['shops'],
  calm: ['restraint'],
  newspapers: ['papers'],
  abroad: ['overseas'],
  evening: ['night'],
  precaution: ['safety measure'],
  currently: ['now'],
  rose: ['climbed'],
  record: ['all-time'],
  demanded: ['called for'],
  criticized: ['attacked'],
  reported: ['said'],
  suggested: ['indicated'],
  released: ['published'],
  deliveries: ['shipments'],
  delayed: ['disrupted'],
  promised: ['offered'],
  applauded: ['clapped'],
  savers: ['depositors'],
  investors: ['backers'],
  volunteers: ['participants'],
  researchers: ['scientists'],
  results: ['findings'],
  mild: ['minor'],
  approval: ['authorization'],
  councillors: ['council members'],
  signatures: ['names'],
  construction: ['building work'],
  heavier: ['worse'],
  gridlocked: ['clogged'],
  commuters: ['travelers'],
  scheduled: ['timetabled'],
  diplomats: ['envoys'],
  relations: ['ties'],
  dispute: ['row'],
  seized: ['impounded'],
  trade: ['commerce'],
  concessions: ['compromises'],
  pollution: ['smoke'],
  inhalation: ['inhaling'],
  deliberately: ['on purpose'],
  injured: ['hurt'],
  hospital: ['the hospital'],
  monitors: ['sensors'],
};

/** A sentence in the outlet's own vocabulary. */
function houseWording(text: string, vocab: Readonly<Record<string, string>>): string {
  return text.replace(HOUSE_PATTERN, (m) => caseLike(m, vocab[m.toLowerCase()] ?? m));
}

/** Words an outlet may leave out of a quote. */
const DROPPABLE = /\b(?:very|really|just|also|all|still|now|fully|already|even|far|much|deeply) /g;

const caseLike = (model: string, word: string) => (/^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word);
const ucfirst = (s: string) => s.replace(/^([\uE000‘“"]*)(\p{Ll})/u, (_, a: string, b: string) => a + b.toUpperCase());
const lcfirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) && !/^I\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** British or American spelling for a whole text. */
function respell(text: string, to: 'uk' | 'us'): string {
  const map = to === 'uk' ? TO_UK : TO_US;
  const out = text.replace(/\p{L}+/gu, (w) => {
    const r = map.get(w.toLowerCase());
    return r ? caseLike(w, r) : w;
  });
  return to === 'uk' ? out.replace(/\bpercent\b/g, 'per cent') : out.replace(/\bper cent\b/g, 'percent');
}

/** Swap words for synonyms with probability `p`. */
function swapSynonyms(text: string, rng: Rng, p: number, table: Record<string, readonly string[]> = SYNONYMS): string {
  return text.replace(/\p{L}+/gu, (w) => {
    const alts = table[w.toLowerCase()];
    return alts && rng.chance(p) ? caseLike(w, rng.pick(alts)) : w;
  });
}

/** Leave out one or two droppable words. */
function dropWords(text: string, rng: Rng): string {
  let dropped = 0;
  return text.replace(DROPPABLE, (m) => (dropped < 2 && rng.chance(0.6) ? (dropped++, '') : m));
}

/** Split authored text into sentences (it never has abbreviations). */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}[])/u);

const SHIFT: Record<string, readonly [string, string]> = {
  // word: [for a man, for a woman]
  i: ['he', 'she'],
  me: ['him', 'her'],
  my: ['his', 'her'],
  mine: ['his', 'hers'],
  myself: ['himself', 'herself'],
  we: ['they', 'they'],
  us: ['them', 'them'],
  our: ['their', 'their'],
  ours: ['theirs', 'theirs'],
  ourselves: ['themselves', 'themselves'],
  am: ['was', 'was'],
  are: ['were', 'were'],
  is: ['was', 'was'],
  have: ['had', 'had'],
  has: ['had', 'had'],
  will: ['would', 'would'],
  can: ['could', 'could'],
  cannot: ['could not', 'could not'],
  here: ['there', 'there'],
  today: ['that day', 'that day'],
  tomorrow: ['the next day', 'the next day'],
};
const PAST: Record<string, string> = {
  hope: 'hoped',
  believe: 'believed',
  want: 'wanted',
  expect: 'expected',
  need: 'needed',
  think: 'thought',
  apologize: 'apologized',
  do: 'did',
  came: 'had come',
  leave: 'was leaving',
  took: 'had taken',
  heard: 'had heard',
  lost: 'had lost',
};
const SUBJECTS = new Set(['i', 'we']);
const ADVERBS = new Set(['still', 'really', 'also', 'just', 'fully', 'now', 'already', 'all', 'not']);

/** Direct speech → reported speech: pronouns and tenses shifted; [bracketed] phrases left alone. */
function toReported(text: string, gender: Gender): string {
  const g = gender === 'm' ? 0 : 1;
  return text
    .split(/(\[[^\]]*\])/)
    .map((part) => {
      if (part.startsWith('[')) return part;
      let afterSubject = false;
      let afterModal = false;
      return part.replace(/\p{L}+/gu, (w) => {
        const key = w.toLowerCase();
        let out = w;
        if (afterSubject && PAST[key] && !afterModal) out = PAST[key]!;
        else if (SHIFT[key] && !(afterModal && (key === 'have' || key === 'do'))) out = SHIFT[key][g];
        const subject = SUBJECTS.has(key);
        afterModal =
          key === 'will' || key === 'can' || key === 'would' || key === 'could' || key === 'should' || key === 'must' || (afterModal && ADVERBS.has(key));
        afterSubject = subject || (afterSubject && ADVERBS.has(key));
        return w === 'I' ? out : caseLike(w, out);
      });
    })
    .join('');
}

/** A name without diacritics, as some outlets' systems write it. */
function asciiName(name: string): string {
  return name
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/** An id from a name or phrase: lowercase ASCII words joined by hyphens. */
function slug(text: string): string {
  return asciiName(text)
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SMALL_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 0–99 in words. */
function inWords(n: number): string {
  if (n < 20) return SMALL_WORDS[n]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${SMALL_WORDS[n % 10]}` : '');
}
/** A figure as a newspaper writes it: one to nine in words, thousands with commas. */
function figure(n: number): string {
  if (n >= 1 && n <= 9) return inWords(n);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// ─── Outlets and their house styles ─────────────────────────────────────────────────────────────────

interface Style {
  spelling: 'us' | 'uk';
  marks: 'curly' | 'straight' | 'single';
  honorific: 'none' | 'us' | 'uk';
  /** Blank lines between paragraphs. */
  sep: string;
  /** Most sentences in one paragraph. */
  perParagraph: number;
  /** How much page furniture its pages carry, 0–1. */
  web: number;
  headings: boolean;
  datelineLine: 'section' | 'published' | 'iso' | 'updated' | null;
  leadDateline: 'caps' | 'colon' | null;
  ascii: boolean;
  byline: boolean;
  /** Comma after a closing mark (“a reset”, he said) rather than before it. */
  commaOutside: boolean;
  section: string;
  /** Its choice for each HOUSE_WORDS phrase. */
  vocab: Record<string, string>;
}

interface Outlet {
  name: string;
  domain: string;
  online: boolean;
  style: Style;
}

function makeOutlet(name: string, online: boolean, rng: Rng): Outlet {
  const uk = rng.chance(0.45);
  const style: Style = {
    spelling: uk ? 'uk' : 'us',
    marks: rng.weighted([
      ['curly', 6],
      ['straight', 3],
      ['single', uk ? 2 : 0],
    ] as const),
    honorific: rng.weighted([
      ['none', 5],
      ['us', uk ? 0 : 3],
      ['uk', uk ? 3 : 0],
    ] as const),
    sep: rng.weighted([
      ['\n\n', 7],
      ['\n', 2],
      ['\n\n\n', 1],
    ] as const),
    perParagraph: rng.weighted([
      [1, 3],
      [2, 4],
      [3, 3],
    ] as const),
    web: online ? 0.6 + rng.next() * 0.4 : rng.next() * 0.7,
    headings: rng.chance(0.4),
    datelineLine: online
      ? rng.pick(['section', 'iso', 'updated'] as const)
      : rng.weighted([
          [null, 5],
          ['published', 2],
          ['section', 1],
          ['updated', 1],
        ] as const),
    leadDateline: rng.weighted([
      [null, 4],
      ['caps', 4],
      ['colon', 1],
    ] as const),
    ascii: rng.chance(online ? 0.4 : 0.1),
    byline: !online && rng.chance(0.6),
    commaOutside: uk && rng.chance(0.6),
    section: rng.pick(SECTIONS),
    vocab: Object.fromEntries(Object.entries(HOUSE_WORDS).map(([k, options]) => [k, rng.pick(options)])),
  };
  return { name, domain: slug(name.replace(/^The /, '')), online, style };
}

/** Every outlet name the generator can use: print titles first (shuffled), online sites separately. */
function outletPool(rng: Rng): { print: Outlet[]; online: Outlet[] } {
  const names = new Set<string>();
  for (const c of COUNTRIES) for (const city of c.cities) for (const m of MASTHEADS) names.add(`The ${city} ${m}`);
  for (const p of PREFIXES) for (const m of MASTHEADS) names.add(`The ${p} ${m}`);
  const print = rng.shuffle([...names]).map((n) => makeOutlet(n, false, rng.child(`outlet/${n}`)));
  const online = rng.shuffle(ONLINE_OUTLETS).map((n) => makeOutlet(n, true, rng.child(`outlet/${n}`)));
  return { print, online };
}

// ─── People ─────────────────────────────────────────────────────────────────────────────────────────

interface Person {
  full: string;
  /** Surname as repeated in the text (family name, or given name for Vietnamese, the whole name for a mononym). */
  short: string;
  gender: Gender;
  /** Capitalised title written before the name, or ''. */
  title: string;
  /** Lower-case description for an apposition. */
  role: string;
  dr: boolean;
}

class NameMaker {
  private used = new Set<string>();
  private rng: Rng;
  constructor(rng: Rng) {
    this.rng = rng;
  }
  /** A new name of the culture; `avoid` holds short forms already used in the same story. */
  make(cultureKey: string, avoid: ReadonlySet<string> = new Set()): { full: string; short: string; gender: Gender } {
    const c = CULTURES[cultureKey]!;
    for (let attempt = 0; ; attempt++) {
      const gender: Gender = this.rng.chance(0.5) ? 'f' : 'm';
      const given = this.rng.pick(gender === 'f' ? c.f : c.m);
      const family = this.rng.pick(c.family);
      let full: string;
      let short: string;
      if (c.mononym && this.rng.chance(c.mononym)) [full, short] = [given, given];
      else if (c.order === 'family-first') [full, short] = [`${family} ${given}`, family];
      else if (c.order === 'vietnamese') [full, short] = [`${family} ${gender === 'f' ? 'Thi' : 'Van'} ${given}`, given];
      else if (c.second && this.rng.chance(c.second)) {
        const second = this.rng.pick(c.family.filter((f) => f !== family));
        [full, short] = [`${given} ${family} ${second}`, family];
      } else [full, short] = [`${given} ${family}`, family];
      if ((!this.used.has(full) && !avoid.has(short)) || attempt > 50) {
        this.used.add(full);
        return { full, short, gender };
      }
    }
  }
}

// ─── Templates ──────────────────────────────────────────────────────────────────────────────────────

/** Replace {key} placeholders; unknown keys are left as they are so a test can catch them. */
function fill(template: string, resolve: (key: string) => string | null): string {
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9.]*(?::[\d-]+)?)\}/g, (m, key: string) => resolve(key) ?? m);
}

// ─── Stories ────────────────────────────────────────────────────────────────────────────────────────

interface Statement {
  role: RoleKey;
  /** Authored text, placeholders filled, [phrase] marker kept. */
  text: string;
  /** Most outlets quote it. */
  core: boolean;
}

interface StoryPlan {
  id: string;
  index: number;
  kind: Kind;
  rng: Rng;
  vars: Record<string, string>;
  people: Partial<Record<RoleKey, Person>>;
  iso: string;
  date: Date;
  durTrue: number;
  countTrue: number;
  statements: Statement[];
  title: string;
  summary: string;
}

/** Office holders shared by every story that names them: a country has one foreign minister. */
class Cabinet {
  private held = new Map<string, Person>();
  private names: NameMaker;
  private rng: Rng;
  constructor(rng: Rng, names: NameMaker) {
    this.rng = rng;
    this.names = names;
  }
  get(country: Country, office: string): Person {
    const key = `${country.name}/${office}`;
    let p = this.held.get(key);
    if (!p) {
      const n = this.names.make(this.rng.child(key).pick(country.cultures));
      const title = office === 'Opposition Leader' ? `${country.demonym} opposition leader` : `${country.demonym} ${office}`;
      const role = office === 'Opposition Leader' ? `the leader of the opposition in ${country.name}` : `${country.name}’s ${office.toLowerCase()}`;
      p = { ...n, title, role, dr: false };
      this.held.set(key, p);
    }
    return p;
  }
}

const DAY_MS = 86_400_000;
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

function planStory(index: number, seed: string, names: NameMaker, cabinet: Cabinet, usedIds: Set<string>): StoryPlan {
  const rng = new Rng(`${seed}/story/${index}`);
  const kind = KINDS[(index + new Rng(`${seed}/kinds`).int(0, KINDS.length - 1)) % KINDS.length]!;
  const order = rng.shuffle(COUNTRIES);
  const A = order[0]!;
  const B = order[1]!;
  const date = new Date(Date.UTC(2019, 0, 1) + rng.int(0, 7 * 365) * DAY_MS);
  const year = date.getUTCFullYear();
  // Talks happen in the capital; other events anywhere in the country.
  const city = kind.key === 'talks' ? A.cities[0]! : rng.pick(A.cities);
  const vars: Record<string, string> = {
    A: A.name,
    Ad: A.demonym,
    B: B.name,
    Bd: B.demonym,
    city,
    city2: rng.pick(A.cities.filter((c) => c !== city)),
    Bcity: B.cities[0]!,
    currency: A.currency,
    day: WEEKDAYS[date.getUTCDay()]!,
    nextday: WEEKDAYS[(date.getUTCDay() + 1) % 7]!,
    month: MONTHS[(date.getUTCMonth() + 11) % 12]!,
    year: String(year),
    since: String(year - rng.int(4, 12)),
    closed: String(year - rng.int(2, 3)),
    ordinal: rng.pick(ORDINALS),
    occupation: rng.pick(OCCUPATIONS),
    wire: rng.pick(WIRES),
  };
  for (const [k, options] of Object.entries(kind.setup)) vars[k] = fill(rng.pick(options), (key) => vars[key] ?? null);
  const people: Partial<Record<RoleKey, Person>> = {};
  const specs = Object.entries(kind.roles) as Array<[RoleKey, RoleSpec]>;
  for (const [role, spec] of specs) if ('cabinet' in spec) people[role] = cabinet.get(spec.cabinet === 'A' ? A : B, spec.office);
  for (const [role, spec] of specs) {
    if (!('cabinet' in spec)) {
      const taken = new Set(Object.values(people).map((p) => p.short));
      const n = names.make(rng.pick(role === 'expert' || role === 'witness' ? rng.pick(COUNTRIES).cultures : A.cultures), taken);
      const his = n.gender === 'm' ? 'his' : 'her';
      people[role] = {
        ...n,
        title: fill(spec.title, (k) => vars[k] ?? null),
        role: fill(spec.role, (k) => (k === 'his' ? his : (vars[k] ?? null))),
        dr: spec.dr ?? false,
      };
    }
  }
  const subject = people.subject;
  const statements = kind.statements.map(([role, text]) => ({
    role,
    text: fill(text, (k) => vars[k] ?? null).replace(/\bhis innocence\b/, subject?.gender === 'f' ? 'her innocence' : 'his innocence'),
    core: false,
  }));
  for (const i of rng.shuffle(statements.map((_, i) => i)).slice(0, 3)) statements[i]!.core = true;
  const resolveStory = (k: string) => vars[k] ?? (k.endsWith('.last') ? (people[k.split('.')[0] as RoleKey]?.short ?? null) : null);
  const title = fill(kind.title, resolveStory);
  let id = `${slug(fill(kind.slug, resolveStory))}-${year}`;
  for (let n = 2; usedIds.has(id); n++) id = `${slug(fill(kind.slug, resolveStory))}-${year}-${n}`;
  usedIds.add(id);
  const d = kind.duration;
  const c = kind.count;
  return {
    id,
    index,
    kind,
    rng,
    vars,
    people,
    iso: isoOf(date),
    date,
    durTrue: rng.int(d.min, d.max),
    countTrue: Math.max(c.round, Math.round(rng.int(c.min, c.max) / c.round) * c.round),
    statements,
    title: ucfirst(title),
    summary: ucfirst(fill(kind.summary, resolveStory)),
  };
}

// ─── Writing one article ────────────────────────────────────────────────────────────────────────────

interface Line {
  text: string;
  /** Page furniture: not copied when another outlet republishes the text. */
  furniture: boolean;
}

interface Draft {
  headline: string;
  lines: Line[];
  style: Style;
}

const DURATION_UNIT: Record<Unit, [string, string]> = { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], week: ['week', 'weeks'] };

/** The reported length of the story's event, as this outlet gives it: exact, rounded, or simply different. */
function durationPhrases(plan: StoryPlan, rng: Rng): { dur: string; durFor: string } {
  const { unit, nouns } = plan.kind.duration;
  const noun = rng.pick(nouns);
  const [one, many] = DURATION_UNIT[unit];
  const v = plan.durTrue;
  const spell = (n: number) => (unit === 'minute' || n > 20 || rng.chance(0.3) ? String(n) : inWords(n));
  const step = unit === 'minute' ? 10 : unit === 'week' ? 4 : 1;
  const variant = rng.weighted([
    ['exact', 45],
    ['rounded', 30],
    ['different', 15],
    ['loose', 10],
  ] as const);
  if (variant === 'rounded' || variant === 'loose') {
    if (variant === 'loose' && unit === 'minute' && v >= 25 && v <= 40) return { dur: `${noun} of about half an hour`, durFor: 'about half an hour' };
    if (variant === 'loose' && unit === 'minute' && v >= 50)
      return v > 60 ? { dur: `${noun} of more than an hour`, durFor: 'more than an hour' } : { dur: `${noun} of nearly an hour`, durFor: 'nearly an hour' };
    const r = Math.max(step, Math.round(v / step) * step + (variant === 'loose' ? step : 0));
    const q =
      r > v
        ? rng.pick(['nearly', 'almost', 'roughly', 'about'])
        : r < v
          ? rng.pick(['more than', 'just over', 'roughly', 'about'])
          : rng.pick(['roughly', 'about', 'around']);
    // Before a noun only some qualifiers read well: "roughly 30-minute meeting", not "about 30-minute meeting".
    const adjective = q === 'roughly' || q === 'nearly' || q === 'almost';
    return adjective && rng.chance(0.6)
      ? { dur: `${q} ${spell(r)}-${one} ${noun}`, durFor: `${q} ${spell(r)} ${r === 1 ? one : many}` }
      : { dur: `${noun} of ${q} ${spell(r)} ${many}`, durFor: `${q} ${spell(r)} ${many}` };
  }
  const x = variant === 'different' ? Math.max(1, v + rng.pick([-2, -1, 1, 2]) * Math.max(1, step / 2)) : v;
  return { dur: `${spell(x)}-${one} ${noun}`, durFor: `${spell(x)} ${x === 1 ? one : many}` };
}

/** The count (injured, strikers, volunteers…): the official figure, an earlier one, or a hedged one. */
function countPhrase(plan: StoryPlan, rng: Rng): string {
  const v = plan.countTrue;
  const { round } = plan.kind.count;
  const variant = rng.weighted([
    ['exact', 50],
    ['hedged', 25],
    ['earlier', 25],
  ] as const);
  if (variant === 'exact' || (variant === 'hedged' && v < 10)) return figure(v);
  if (variant === 'earlier') return figure(Math.max(1, v - Math.max(1, round) * rng.int(1, 3) * (v > 100 ? 4 : 1)));
  const down = Math.max(round, Math.floor(v / (round * 5 || 5)) * (round * 5 || 5));
  return `${rng.pick(['at least', 'more than'])} ${figure(Math.min(down, v))}`;
}

const TOP_FURNITURE = ['Top Story', 'Advertisement', 'Share this article', 'Skip to main content', 'Breaking News'];
const MID_FURNITURE = ['Advertisement', 'Story continues below advertisement', 'SCROLL TO CONTINUE READING', 'COMMERCIAL BREAK', 'Advertisement'];

/** Writes one article of a story for one outlet, keeping track of who has been introduced. */
class Writer {
  private plan: StoryPlan;
  private style: Style;
  private rng: Rng;
  private introduced = new Set<RoleKey>();
  private lastSpeaker: RoleKey | null = null;
  private facts: { dur: string; durFor: string; count: string };
  private numbers: Rng;
  aliases = new Map<string, string>();

  constructor(plan: StoryPlan, style: Style, rng: Rng) {
    this.plan = plan;
    this.style = style;
    this.rng = rng;
    this.facts = { ...durationPhrases(plan, rng.child('dur')), count: countPhrase(plan, rng.child('count')) };
    this.numbers = rng;
  }

  private name(p: Person, which: 'full' | 'short'): string {
    const n = p[which];
    if (!this.style.ascii || asciiName(n) === n) return n;
    if (which === 'full') this.aliases.set(asciiName(n), n);
    return asciiName(n);
  }

  private honorific(p: Person): string {
    if (this.style.honorific === 'none' || p.full === p.short) return '';
    const h = p.dr ? 'Dr' : p.gender === 'f' ? 'Ms' : 'Mr';
    return this.style.honorific === 'us' ? `${h}. ` : `${h} `;
  }

  /**
   * The person as the text names them here: introduced the first time (title before the name, or an apposition),
   * by surname after. `at` is where the name stands: before a verb (an apposition closes with a comma), at the
   * end of a sentence, or where only a title fits (a possessive, "According to …").
   */
  ref(role: RoleKey, at: 'subject' | 'final' | 'plain' = 'subject'): string {
    const p = this.plan.people[role];
    if (!p) return 'officials';
    if (this.introduced.has(role)) return `${this.honorific(p)}${this.name(p, 'short')}`;
    this.introduced.add(role);
    const full = this.name(p, 'full');
    if (at === 'plain' || (p.title && this.rng.chance(0.6))) return p.title ? `${p.title} ${full}` : full;
    return at === 'subject' ? `${full}, ${p.role},` : `${full}, ${p.role}`;
  }

  private pronoun(role: RoleKey): string {
    return this.plan.people[role]?.gender === 'f' ? 'she' : 'he';
  }

  /** Resolve one placeholder for this article. */
  private resolve = (key: string): string | null => {
    const v = this.plan.vars;
    const [head, arg] = key.split(':') as [string, string | undefined];
    if (arg) {
      const [lo, hi] = arg.split('-').map(Number) as [number, number];
      // Numbers about other things are the same in every outlet: seeded by story and template, not by article.
      const n = this.numbers.int(lo, hi);
      if (head === 'n') return figure(n);
      if (head === 'y') return String(this.plan.date.getUTCFullYear() - n);
      if (head === 'pct') return `${n}${this.numbers.chance(0.3) ? `.${this.numbers.int(1, 9)}` : ''} per cent`;
      if (head === 'money') return n >= 1000 ? `${(n / 1000).toFixed(1)} billion ${v.currency}` : `${n} million ${v.currency}`;
      return null;
    }
    if (head === 'dur' || head === 'durFor' || head === 'count') return this.facts[head];
    if (head === 'scare') return `${OPEN}${this.rng.pick(this.plan.kind.scare)}${CLOSE}`;
    if (head === 'job') return this.rng.pick(JOBS);
    const [role, part] = head.split('.') as [RoleKey, string | undefined];
    const p = this.plan.people[role];
    if (p) {
      if (part === 'full') return (this.introduced.add(role), this.name(p, 'full'));
      if (part === 'last') return this.name(p, 'short');
      if (part === 's') return this.ref(role, 'plain');
      if (part === 'he') return this.pronoun(role);
      if (part === undefined) return this.ref(role);
    }
    return v[head] ?? null;
  };

  /** A template filled for this article; numbers seeded by the template so outlets agree on them. */
  fill(template: string): string {
    this.numbers = this.plan.rng.child(`numbers/${template}`);
    // <a|b|c>: each outlet words the line its own way, so independent reports share no long runs of words.
    const worded = template.replace(/<([^<>]*)>/g, (_, options: string) => this.rng.pick(options.split('|')));
    const text = ucfirst(swapSynonyms(houseWording(fill(worded, this.resolve), this.style.vocab), this.rng, 0.5, REPORTER_SYNONYMS));
    this.numbers = this.rng;
    return text;
  }

  /** One statement as this outlet reports it. */
  quote(st: Statement, marks: boolean): string {
    const rng = this.rng;
    const p = this.plan.people[st.role]!;
    const sameSpeaker = this.lastSpeaker === st.role && this.introduced.has(st.role);
    this.lastSpeaker = st.role;
    const who = (at: 'subject' | 'final') => (sameSpeaker && rng.chance(0.7) ? this.pronoun(st.role) : this.ref(st.role, at));
    const verb = rng.weighted([
      ['said', 8],
      ['added', 1],
      ['told reporters', 2],
      ['stressed', 1],
      ['noted', 1],
    ] as const);
    const variant = marks
      ? rng.weighted([
          ['exact', 30],
          ['synonyms', 20],
          ['dropped', 15],
          ['first', 10],
          ['partial', 10],
          ['reported', 10],
          ['unmarked', 5],
        ] as const)
      : rng.weighted([
          ['reported', 6],
          ['unmarked', 4],
        ] as const);
    let text = st.text;
    if (variant === 'synonyms') text = swapSynonyms(text, rng, 0.5);
    if (variant === 'dropped') text = dropWords(text, rng);
    if (variant === 'first') text = sentencesOf(text)[0]!;

    if (variant === 'reported' || variant === 'partial') {
      const sentences = sentencesOf(toReported(text, p.gender));
      const picked = variant === 'partial' ? sentences.filter((s) => s.includes('[')).slice(0, 1) : sentences;
      const clauses = (picked.length ? picked : sentences).map((s) =>
        lcfirst(s.replace(/[.!?]$/, '').replace(/\[([^\]]*)\]/g, variant === 'partial' ? `${OPEN}$1${CLOSE}` : '$1')),
      );
      const first = clauses[0]!;
      const frame = rng.weighted([
        ['said that', 4],
        ['said', 3],
        ['told reporters that', 2],
        ['according to', 1],
      ] as const);
      let out = frame === 'according to' ? `According to ${this.ref(st.role, 'plain')}, ${first}.` : `${ucfirst(who('subject'))} ${frame} ${first}.`;
      for (const more of clauses.slice(1)) out += ` ${ucfirst(this.pronoun(st.role))} ${rng.pick(['added', 'also said'])} that ${more}.`;
      return out;
    }
    text = text.replace(/[[\]]/g, '');
    if (variant === 'unmarked') return `${text.replace(/[.!?]$/, '')}, ${who('subject')} ${verb === 'told reporters' ? 'said' : verb}.`;

    const sentences = sentencesOf(text);
    const comma = (s: string) =>
      /[?!]$/.test(s) ? `${OPEN}${s}${CLOSE}` : this.style.commaOutside ? `${OPEN}${s.replace(/\.$/, '')}${CLOSE},` : `${OPEN}${s.replace(/\.$/, ',')}${CLOSE}`;
    const form = rng.weighted([
      ['after', 5],
      ['before', 2],
      ['split', sentences.length > 1 ? 3 : 0],
    ] as const);
    const inverted = !this.introduced.has(st.role) && rng.chance(0.5);
    if (form === 'before') return `${ucfirst(who('subject'))} ${verb === 'told reporters' ? 'told reporters' : 'said'}: ${OPEN}${text}${CLOSE}`;
    if (form === 'split') {
      const attribution = inverted ? `said ${this.ref(st.role, 'final')}` : `${who('subject')} ${verb}`;
      return `${comma(sentences[0]!)} ${attribution}. ${OPEN}${sentences.slice(1).join(' ')}${CLOSE}`;
    }
    return inverted ? `${comma(text)} said ${this.ref(st.role, 'final')}.` : `${comma(text)} ${who('subject')} ${verb}.`;
  }

  /** Write the article. `target` is the body's length in words. */
  write(opts: {
    target: number;
    wire: string | null;
    marks: boolean;
    aggregator: boolean;
    byline: string | null;
    published: Date;
    otherHeadlines: readonly string[];
  }): Draft {
    const { plan, style, rng } = this;
    const v = plan.vars;
    const date = plan.date;
    const pub = opts.published;
    const usDate = `${MONTHS[pub.getUTCMonth()]} ${pub.getUTCDate()}, ${pub.getUTCFullYear()}`;
    const ukDate = `${pub.getUTCDate()} ${MONTHS[pub.getUTCMonth()]} ${pub.getUTCFullYear()}`;
    const head: Line[] = [];
    const furn = (text: string) => ({ text, furniture: true });
    const content = (text: string) => ({ text, furniture: false });

    if (rng.chance(style.web * 0.5)) head.push(furn(rng.pick(TOP_FURNITURE)));
    const dateline = style.datelineLine
      ? {
          section: `- ${style.section} - ${usDate}`,
          published: `Published ${style.spelling === 'uk' ? ukDate : usDate}`,
          iso: `date ${isoOf(pub)} ${style.section}`,
          updated: `Updated ${usDate}`,
        }[style.datelineLine]
      : null;
    const headlineTemplate = rng.pick(plan.kind.headlines);
    const headline = this.fill(headlineTemplate);
    this.introduced.clear(); // a headline's surname does not introduce anyone
    if (dateline && rng.chance(0.5)) head.push(content(dateline));
    head.push(content(headline));
    if (opts.aggregator) head.push(content(headline), content(headline));
    if (dateline && !head.some((l) => l.text === dateline)) head.push(content(dateline));
    // A second headline as the standfirst, as many pages carry one under the title.
    const subhead = rng.pick(plan.kind.headlines.filter((h) => h !== headlineTemplate));
    if (rng.chance(0.3)) head.push(content(this.fill(subhead)));
    this.introduced.clear();

    let lead = this.fill(rng.pick(plan.kind.leads));
    const CITY = v.city!.toUpperCase();
    const shortDate =
      style.spelling === 'uk' ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` : `${MONTHS[date.getUTCMonth()]!.slice(0, 3)}. ${date.getUTCDate()}`;
    if (opts.wire) lead = `${CITY}, ${shortDate} (${opts.wire}) — ${lead}`;
    else if (style.leadDateline === 'caps') lead = `${CITY} — ${lead}`;
    else if (style.leadDateline === 'colon') lead = `${v.city}: ${lead}`;
    const body: string[][] = [[lead]];
    let words = lead.split(/\s+/).length;
    const add = (sentences: string[]) => {
      body.push(sentences);
      words += sentences.join(' ').split(/\s+/).length;
    };

    // What this outlet reports: the core statements mostly, others sometimes, no more than its length allows.
    const most = Math.max(1, Math.min(plan.statements.length, Math.floor(opts.target / 90)));
    const chosen = rng.shuffle(plan.statements.filter((s) => rng.chance(s.core ? 0.85 : opts.target > 700 ? 0.8 : 0.4))).slice(0, most);
    if (!chosen.length) chosen.push(rng.pick(plan.statements));
    chosen.sort((a, b) => (a.role === 'lead' ? -1 : 0) - (b.role === 'lead' ? -1 : 0));
    // The story's own background first; general lines and a few lines about the people only pad long articles.
    const profiles = rng
      .shuffle((Object.keys(plan.people) as RoleKey[]).filter((r) => r !== 'witness'))
      .flatMap((r, i) => [PROFILE[i % PROFILE.length]!, PROFILE[(i + 2) % PROFILE.length]!].map((t) => t.replaceAll('{X', `{${r}`)));
    const background = [...rng.shuffle(plan.kind.background), ...rng.shuffle([...GENERIC_BACKGROUND, ...profiles.slice(0, 6)])];
    const nextBackground = (): string | null => {
      const t = background.shift();
      return t === undefined ? null : this.fill(t);
    };
    const core: Array<() => string[]> = [];
    if (rng.chance(0.9)) core.push(() => [this.fill(rng.pick(plan.kind.duration.sentences))]);
    for (const st of chosen) core.push(() => [this.quote(st, opts.marks)]);
    if (rng.chance(0.7)) core.splice(rng.int(1, core.length), 0, () => [this.fill(rng.pick(plan.kind.count.sentences))]);

    core.forEach((make, i) => {
      const sentences = make();
      // Fill with background in proportion, so statements spread through the article.
      while (style.perParagraph > 1 && sentences.length < style.perParagraph && rng.chance(0.5)) {
        const b = nextBackground();
        if (!b) break;
        sentences.push(b);
      }
      add(sentences);
      const share = (opts.target * (i + 1)) / core.length;
      while (words < share && i < core.length - 1) {
        const group: string[] = [];
        for (let k = rng.int(1, style.perParagraph); k > 0; k--) {
          const b = nextBackground();
          if (b) group.push(b);
        }
        if (!group.length) break;
        add(group);
      }
    });
    while (words < opts.target) {
      const b = nextBackground();
      if (!b) break;
      add([b]);
    }

    const lines: Line[] = body.map((s) => content(s.join(' ')));
    const headings = rng.shuffle(plan.kind.headings);
    if (style.headings && lines.length > 6)
      for (let at = 4 + rng.int(0, 2); at < lines.length - 1 && headings.length; at += 5 + rng.int(0, 2))
        lines.splice(at, 0, content(this.fill(headings.shift()!)));
    if (rng.chance(style.web)) lines.splice(rng.int(1, Math.max(1, lines.length - 1)), 0, furn(rng.pick(MID_FURNITURE)));
    if (rng.chance(style.web * 0.3) && opts.otherHeadlines.length)
      lines.splice(rng.int(2, Math.max(2, lines.length - 1)), 0, furn(`Read more: ${rng.pick(opts.otherHeadlines)}`));

    const tail: Line[] = [];
    if (rng.chance(0.35))
      tail.push(
        furn(
          rng.weighted([
            ['Reuters contributed to this report.', 3],
            [`${rng.pick(WIRES)} contributed to this report.`, 2],
            [`With inputs from ${rng.pick(WIRES)}`, 1],
          ] as const),
        ),
      );
    if (rng.chance(style.web * 0.5)) tail.push(furn('Share this article'));
    if (rng.chance(style.web * 0.4) && opts.otherHeadlines.length)
      tail.push(furn('Related Articles'), ...rng.shuffle(opts.otherHeadlines).slice(0, rng.int(2, 3)).map(furn));
    if (rng.chance(0.15)) tail.push(furn(`© ${date.getUTCFullYear()} All rights reserved.`));

    const byline: Line[] = opts.byline ? [furn(rng.chance(0.5) ? `By ${opts.byline}` : `By ${opts.byline.toUpperCase()}`)] : [];
    const all = [...head, ...byline, ...lines, ...tail];
    // An aggregator's paraphrase has no quotation marks at all, scare quotes included.
    if (!opts.marks) for (const l of all) l.text = l.text.replace(/[\uE000\uE001]/g, '');
    return { headline, lines: all, style };
  }
}

/** Final text of an article in an outlet's house style. */
function render(lines: readonly Line[], style: Style): string {
  const [open, close] = style.marks === 'curly' ? ['“', '”'] : style.marks === 'single' ? ['‘', '’'] : ['"', '"'];
  let text = respell(lines.map((l) => l.text).join('\uE002'), style.spelling);
  if (style.marks === 'straight') text = text.replace(/’/g, "'").replace(/‘/g, "'");
  text = text.replaceAll(OPEN, open).replaceAll(CLOSE, close);
  return text.split('\uE002').join(style.sep) + '\n';
}

// ─── The collection ─────────────────────────────────────────────────────────────────────────────────

type ArticleKind = 'original' | 'copy' | 'rewrite' | 'wire' | 'aggregator';

interface WrittenArticle {
  outlet: Outlet;
  kind: ArticleKind;
  draft: Draft;
  body: string;
}

/** Options of one generated collection. */
export interface SynthOptions {
  stories: number;
  articles: number;
  seed: number;
}

/** The generated folder: relative path → file text, in a stable order. */
export type SynthFiles = Map<string, string>;

const yamlString = (s: string) => JSON.stringify(s);
const words = (lines: readonly Line[]) => lines.reduce((n, l) => n + l.text.split(/\s+/).length, 0);

/** Generate the whole collection in memory. */
export function synthesize({ stories, articles, seed }: SynthOptions): SynthFiles {
  const root = `crosscheck-synth/${seed}`;
  const files: SynthFiles = new Map();
  const names = new NameMaker(new Rng(`${root}/names`));
  const cabinet = new Cabinet(new Rng(`${root}/cabinet`), names);
  const pool = outletPool(new Rng(`${root}/outlets`));
  const usedIds = new Set<string>();
  const plans = Array.from({ length: stories }, (_, i) => planStory(i, root, names, cabinet, usedIds));
  const allHeadlines = plans.map((p) => p.title);
  const width = Math.max(3, String(articles - 1).length);
  const aliases = new Map<string, string>();
  let next = 0;

  for (const plan of plans) {
    const storyFile = [
      `title: ${yamlString(plan.title)}`,
      `summary: ${yamlString(plan.summary)}`,
      `date: ${plan.iso}`,
      `location: ${yamlString(plan.vars.city!)}`,
    ].join('\n');
    files.set(`stories/${plan.id}.yaml`, storyFile + '\n');
    const count = Math.floor(articles / stories) + (plan.index < articles % stories ? 1 : 0);
    const srng = plan.rng.child('articles');
    const print = srng.shuffle(pool.print);
    const online = srng.shuffle(pool.online);
    const others = allHeadlines.filter((h) => h !== plan.title);
    const otherHeadlines = srng.shuffle(others).slice(0, 6);
    const written: WrittenArticle[] = [];
    const wireDrafts = new Map<string, Draft>();

    for (let j = 0; j < count; j++) {
      const rng = srng.child(`article/${j}`);
      const originals = written.filter((w) => w.kind === 'original');
      const kind: ArticleKind =
        j === 0
          ? 'original'
          : rng.weighted([
              ['original', 50],
              ['wire', 15],
              ['copy', 12],
              ['rewrite', 10],
              ['aggregator', 13],
            ] as const);
      const wantOnline = kind === 'copy' || kind === 'rewrite' || kind === 'aggregator';
      const outlet = (wantOnline && online.length ? online : print).shift() ?? print.shift() ?? online.shift()!;
      const target = 150 + Math.floor(rng.next() ** 1.2 * 1050);
      let draft: Draft;
      let origin: string | null = null;
      let evidence: string | null = null;
      const published = new Date(
        plan.date.getTime() +
          rng.weighted([
            [0, 6],
            [1, 3],
            [2, 1],
          ] as const) *
            DAY_MS,
      );
      const author = outlet.style.byline && kind === 'original' ? names.make(rng.pick(rng.pick(COUNTRIES).cultures)).full : null;
      const fresh = (wire: string | null, marks: boolean, aggregator: boolean) => {
        const w = new Writer(plan, outlet.style, rng);
        const d = w.write({ target, wire, marks, aggregator, byline: author, published, otherHeadlines });
        for (const [a, n] of w.aliases) aliases.set(a, n);
        return d;
      };
      if ((kind === 'copy' || kind === 'rewrite') && originals.length) {
        const src = rng.pick(originals);
        origin = src.outlet.name;
        const kept = src.draft.lines.filter((l) => !l.furniture);
        if (kind === 'copy') {
          const lines = [...kept, { text: `This article was originally published on ${origin}.`, furniture: true }];
          if (rng.chance(outlet.style.web)) lines.splice(rng.int(2, Math.max(2, lines.length - 2)), 0, { text: rng.pick(MID_FURNITURE), furniture: true });
          draft = { headline: src.draft.headline, lines, style: src.draft.style };
          evidence = `The same text as ${origin}’s report, word for word; the footer says “This article was originally published on ${origin}”.`;
        } else {
          // A machine rewrite: synonyms everywhere, and the quotation marks of some paragraphs lost.
          const lines = kept.map((l) => ({ text: swapSynonyms(rng.chance(0.5) ? l.text.replace(/[\uE000\uE001]/g, '') : l.text, rng, 0.6), furniture: false }));
          lines.push(
            { text: 'Source link', furniture: true },
            { text: 'Related Articles', furniture: true },
            ...otherHeadlines.slice(0, 2).map((text) => ({ text, furniture: true })),
          );
          draft = { headline: swapSynonyms(src.draft.headline, rng, 0.6), lines, style: { ...src.draft.style, sep: outlet.style.sep } };
          evidence = `${origin}’s paragraphs in the same order with words swapped (“${rng.pick(Object.keys(SYNONYMS))}” for its synonyms); quotation marks lost in places; footer “Source link / Related Articles”.`;
        }
      } else if (kind === 'wire') {
        const agency = plan.vars.wire!;
        origin = agency;
        const prior = wireDrafts.get(agency);
        if (prior) {
          // Another client of the same agency: the same copy, cut at a different length.
          const kept = prior.lines.filter((l) => !l.furniture);
          let lines = kept;
          for (let cut = rng.int(0, 4); cut > 0 && words(lines.slice(0, -1)) >= 180; cut--) lines = lines.slice(0, -1);
          draft = { headline: prior.headline, lines, style: prior.style };
        } else {
          draft = fresh(agency, true, false);
          wireDrafts.set(agency, draft);
        }
        evidence = `Dateline “${plan.vars.city!.toUpperCase()} (${agency})” and the agency’s house style.`;
      } else if (kind === 'aggregator' && originals.length) {
        origin = rng.pick(originals).outlet.name;
        draft = fresh(null, false, true);
        evidence = `A paraphrase of ${origin}’s report; no quotation marks anywhere in the body; the page repeats the headline.`;
      } else draft = fresh(null, true, false);

      const body = render(draft.lines, draft.style);
      const id = `${String(next++).padStart(width, '0')}_${rng.hex()}`;
      const statesDate = /^(?:- \w+ - |Published |date |Updated )/m.test(body);
      const effectiveKind: ArticleKind = kind === 'copy' || kind === 'rewrite' || kind === 'aggregator' ? (origin ? kind : 'original') : kind;
      const meta: string[] = [`story: ${plan.id}`, `outlet: ${yamlString(outlet.name)}`];
      if (!(statesDate && rng.chance(0.3))) meta.push(`published: ${isoOf(published)}`);
      meta.push(
        `url: ${yamlString(`https://www.${outlet.domain}.example/${outlet.style.section.toLowerCase()}/${isoOf(published).replaceAll('-', '/')}/${slug(draft.headline).slice(0, 60)}`)}`,
      );
      if (author && effectiveKind === 'original') meta.push(`author: ${yamlString(author)}`);
      meta.push(`kind: ${effectiveKind}`);
      if (origin && effectiveKind !== 'original') meta.push(`origin: ${yamlString(origin)}`, `origin_evidence: ${yamlString(evidence!)}`);
      meta.push(
        `outlet_provenance: ${
          effectiveKind === 'aggregator' && rng.chance(0.5)
            ? 'attributed'
            : rng.weighted([
                ['metadata', 8],
                ['stated', 2],
              ] as const)
        }`,
      );
      files.set(`articles/${id}.txt`, body);
      files.set(`articles/${id}.yaml`, meta.join('\n') + '\n');
      written.push({ outlet, kind: effectiveKind, draft, body });
    }
  }

  if (aliases.size) {
    const people = [...aliases].sort(([a], [b]) => a.localeCompare(b));
    const yaml = people.map(([alias, name]) => `${slug(name)}:\n  name: ${yamlString(name)}\n  aliases: [${yamlString(alias)}]`).join('\n');
    files.set('people.yaml', `# Names some outlets print without diacritics.\n${yaml}\n`);
  }
  return files;
}

/** Marker that says a folder was written by synth, so a rerun may replace it. */
export const MARKER = '.synth.json';

/** Write `files` under `dir`, replacing a previous synth output there. */
export function writeCollection(dir: string, files: SynthFiles, options: SynthOptions): void {
  for (const sub of ['stories', 'articles', 'people.yaml', MARKER]) rmSync(join(dir, sub), { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, MARKER), JSON.stringify(options) + '\n');
}

// ─── Command line ───────────────────────────────────────────────────────────────────────────────────

const USAGE = 'usage: npm run synth -- --stories S --articles N --out DIR [--seed 42]';
const MAX_ARTICLES = 200_000;

function fail(message: string): never {
  process.stderr.write(`crosscheck synth: ${message}\n`);
  process.exit(2);
}

/** Check the arguments; returns the options and the output folder, or exits with code 2. */
export function checkArguments(argv: string[]): { options: SynthOptions; out: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        stories: { type: 'string' },
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message.split('\n')[0]} (${USAGE})`);
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  const int = (name: string, raw: string | undefined, min: number, max: number): number => {
    if (raw === undefined) fail(`--${name} is required (${USAGE})`);
    if (!/^\d+$/.test(raw.trim())) fail(`--${name} must be a whole number, got “${raw}”`);
    const n = Number(raw);
    if (n < min || n > max) fail(`--${name} must be between ${min} and ${max}, got ${n}`);
    return n;
  };
  const stories = int('stories', values.stories, 1, 10_000);
  const articles = int('articles', values.articles, 1, MAX_ARTICLES);
  const seed = values.seed === undefined ? 42 : int('seed', values.seed, 0, Number.MAX_SAFE_INTEGER);
  if (articles < stories) fail(`--articles (${articles}) must be at least --stories (${stories}): every story needs an article`);
  const perStory = Math.ceil(articles / stories);
  const outlets = COUNTRIES.reduce((n, c) => n + c.cities.length, 0) * MASTHEADS.length + PREFIXES.length * MASTHEADS.length;
  if (perStory > outlets) fail(`${perStory} articles a story is more than the ${outlets} invented outlets: use more stories`);
  const out = values.out;
  if (!out) fail(`--out is required (${USAGE})`);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) fail(`--out ${out} is a file, not a folder`);
    const entries = readdirSync(out);
    if (entries.length && !entries.includes(MARKER)) fail(`--out ${out} is not empty and was not written by synth: choose a new folder`);
  }
  return { options: { stories, articles, seed }, out };
}

function main(): void {
  const { options, out } = checkArguments(process.argv.slice(2));
  const files = synthesize(options);
  writeCollection(out, files, options);
  let bytes = 0;
  for (const [path, text] of files) if (path.endsWith('.txt')) bytes += Buffer.byteLength(text);
  process.stdout.write(
    `synth: ${options.articles} articles in ${options.stories} stories (${(bytes / 1e6).toFixed(2)} MB of text, seed ${options.seed}) → ${out}\n`,
  );
}

if (import.meta.main) main();
