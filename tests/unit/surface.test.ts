/** The public surface: a change to the library's exports or the API's fields is deliberate. */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib/index.ts';

describe('public surface', () => {
  it('src/lib/index.ts exports exactly these names', () => {
    expect(Object.keys(lib).sort()).toMatchInlineSnapshot(`
      [
        "ApiFiles",
        "ApiManifest",
        "ArticleDate",
        "ArticleMeta",
        "ArticleRecord",
        "Block",
        "ClusterMember",
        "ContentError",
        "Coverage",
        "DateMention",
        "DiffOp",
        "Disagreement",
        "ErrorCode",
        "FactSource",
        "HttpUrl",
        "IsoDate",
        "LooseArticleMeta",
        "ManifestFile",
        "MatchReason",
        "MemberMatch",
        "OriginClue",
        "PeopleConfig",
        "Person",
        "PersonEntry",
        "Quote",
        "QuoteEntry",
        "RemovalReason",
        "Removed",
        "ReusePair",
        "Source",
        "SourceKind",
        "SourceProvenance",
        "Speaker",
        "StatementCluster",
        "StoryAnalysis",
        "StoryEntry",
        "StoryFile",
        "StoryMeta",
        "Warning",
        "WarningCode",
        "analyseStory",
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
        "storyAliases",
        "storySpeakers",
        "withStoryAliases",
        "wordDiff",
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
          "speakerConfidence",
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
          "speakerConfidence",
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

  it('schema.json describes every API file (a .jsonl file by the shape of one line)', () => {
    const schema = lib.apiJsonSchema() as { files: Record<string, { type: string }> };
    expect(Object.fromEntries(Object.entries(schema.files).map(([k, v]) => [k, v.type]))).toEqual({
      'manifest.json': 'object',
      'stories.json': 'array',
      'stories/<story-id>.json': 'object',
      'articles/<article-id>.json': 'object',
      'articles.jsonl': 'object',
      'quotes.jsonl': 'object',
      'people.json': 'array',
    });
  });

  it('the manifest lists files with their size and digest', () => {
    expect(Object.keys(lib.ApiManifest.shape)).toEqual(['counts', 'files']);
    expect(Object.keys(lib.ManifestFile.shape)).toEqual(['path', 'bytes', 'sha256']);
  });
});
