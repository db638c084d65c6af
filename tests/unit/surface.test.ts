/** The public surface: a change to the library's exports or the API's fields is deliberate. */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib/index.ts';

describe('public surface', () => {
  it('src/lib/index.ts exports exactly these names', () => {
    expect(Object.keys(lib).sort()).toMatchInlineSnapshot(`
      [
        "ApiFiles",
        "ArticleDate",
        "ArticleMeta",
        "ArticleRecord",
        "Block",
        "ContentError",
        "DateMention",
        "ErrorCode",
        "HttpUrl",
        "IsoDate",
        "LooseArticleMeta",
        "PeopleConfig",
        "Person",
        "PersonEntry",
        "Quote",
        "QuoteEntry",
        "RemovalReason",
        "Removed",
        "Source",
        "SourceKind",
        "SourceProvenance",
        "Speaker",
        "StoryEntry",
        "StoryMeta",
        "Warning",
        "WarningCode",
        "apiJsonSchema",
        "buildCorpus",
        "decodeUtf8",
        "displayPath",
        "isContentError",
        "isRealDate",
        "knownAliases",
        "mergePeople",
        "parseArticle",
        "parseContent",
        "readArticleFile",
        "readContent",
        "slugify",
      ]
    `);
  });

  it('the records and API entries have exactly these fields', () => {
    const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);
    expect({
      ArticleRecord: keys(lib.ArticleRecord),
      Quote: keys(lib.Quote),
      Person: keys(lib.Person),
      Block: keys(lib.Block),
      Source: keys(lib.Source),
      StoryEntry: keys(lib.StoryEntry),
      PersonEntry: keys(lib.PersonEntry),
      QuoteEntry: keys(lib.QuoteEntry),
    }).toMatchInlineSnapshot(`
      {
        "ArticleRecord": [
          "id",
          "story",
          "source",
          "date",
          "headline",
          "blocks",
          "text",
          "wordCount",
          "quotes",
          "people",
          "dates",
          "removed",
          "warnings",
        ],
        "Block": [
          "type",
          "text",
          "start",
          "end",
          "sourceStart",
          "sourceEnd",
        ],
        "Person": [
          "id",
          "name",
          "aliases",
          "titles",
          "mentions",
        ],
        "PersonEntry": [
          "id",
          "name",
          "aliases",
          "titles",
          "articles",
          "quotes",
        ],
        "Quote": [
          "id",
          "text",
          "kind",
          "speaker",
          "cue",
          "via",
          "block",
          "start",
          "end",
          "continues",
          "confidence",
        ],
        "QuoteEntry": [
          "id",
          "text",
          "kind",
          "speaker",
          "cue",
          "via",
          "block",
          "start",
          "end",
          "continues",
          "confidence",
          "article",
          "story",
          "outlet",
          "date",
        ],
        "Source": [
          "outlet",
          "url",
          "kind",
          "origin",
          "provenance",
          "evidence",
          "author",
          "credits",
        ],
        "StoryEntry": [
          "id",
          "title",
          "summary",
          "date",
          "location",
          "articles",
          "outlets",
          "coverage",
          "quoteCount",
          "peopleCount",
        ],
      }
    `);
  });

  it('schema.json describes every API file', () => {
    const schema = lib.apiJsonSchema() as { files: Record<string, { type: string }> };
    expect(Object.keys(schema.files).sort()).toEqual(['articles.json', 'people.json', 'quotes.json', 'stories.json']);
    for (const f of Object.values(schema.files)) expect(f.type).toBe('array');
  });
});
