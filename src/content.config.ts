import { defineCollection } from 'astro:content';
import { articleLoader, peopleConfigLoader, storyLoader } from './loaders/crosscheck.ts';

// Records are validated by the library's zod schemas when they are made; the collections only carry them.
export const collections = {
  articles: defineCollection({ loader: articleLoader() }),
  stories: defineCollection({ loader: storyLoader() }),
  config: defineCollection({ loader: peopleConfigLoader() }),
};
