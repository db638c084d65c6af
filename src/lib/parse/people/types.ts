/** The shapes the people stage hands to the quote stage and the pipeline. */

/** A span of a block that names a person. */
export interface PersonMention {
  /** Index of the block. */
  block: number;
  /** [start, end) in the block's text, without title or possessive. */
  start: number;
  end: number;
  /** Name tokens as written ("Xi", "Xi Jinping"). */
  name: string;
  /** The surface form with its honorific or short title ("Mr. Xi", "President Xi"). */
  alias: string;
  /** Index into the returned people. */
  person: number;
  /** True when the mention is the grammatical subject position of its sentence (not after a preposition or verb). */
  subject: boolean;
}

/** A person found in one article, before ids are settled across articles. */
export interface FoundPerson {
  name: string;
  aliases: string[];
  titles: string[];
  /** Spellings that differ from `name` beyond case ("Anthony" for "Antony"). */
  variants: string[];
  /** Honorific gender where one was seen (Mr. → male), for pronoun agreement. */
  gender: 'male' | 'female' | null;
}

/** Names the editor declared (content/people.yaml): surface form → canonical name. */
export type KnownAliases = ReadonlyMap<string, string>;

/** A capitalised phrase the evidence says is a person, before it is tied to one. */
export interface Candidate {
  block: number;
  start: number;
  end: number;
  /** The name's words (the canonical form when the editor declared the surface form). */
  tokens: string[];
  alias: string;
  title: string | null;
  /** The honorific's gender: true for Ms./Mrs., false for Mr., null without one. */
  female: boolean | null;
  /** Evidence that stands alone (honorific, title, role, age, editor's alias); weak evidence needs a full name. */
  strong: boolean;
  /** A relative named by a given name, who took the surname of whose kin they are (family.ts): the surname alone is not theirs. */
  kin?: true;
}
