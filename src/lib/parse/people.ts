/** Stage: people. The steps live in ./people/; this module keeps the stage's import path. */
export { findPeople, type FoundPerson, type KnownAliases, type PersonMention } from './people/index.ts';
