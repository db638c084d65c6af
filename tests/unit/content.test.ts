/** Bad input: every broken metadata or body fails with a code, the file, the line and the field. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/index.ts';
import { BODY, META, STORY, contentFolder, validFolder } from '../helpers/content.ts';

const problems = (dir: string) => readContent(dir).errors.map((e) => ({ code: e.code, file: e.file.replace(dir + '/', ''), detail: e.detail }));

describe('readContent', () => {
  it('reads a valid folder with no errors', () => {
    const { content, errors } = readContent(validFolder({ 'articles/b.md': `---\n${META}---\n${BODY}` }));
    expect(errors).toEqual([]);
    expect(content.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(content.articles[1]!.body).toBe(BODY);
    expect(content.stories.get('s')).toEqual({ title: 'A story', summary: 'One line.', date: '2024-03-01' });
  });

  it('names the file, line and field when the outlet is missing', () => {
    expect(problems(validFolder({ 'articles/a.yaml': 'story: s\npublished: 2024-03-02\n' }))).toEqual([
      { code: 'E_META_INVALID', file: 'articles/a.yaml:1', detail: 'the field `outlet` is missing' },
    ]);
  });

  it('refuses an impossible date with its line', () => {
    expect(problems(validFolder({ 'articles/a.yaml': 'story: s\noutlet: X\npublished: 2023-02-30\n' }))).toEqual([
      { code: 'E_META_INVALID', file: 'articles/a.yaml:3', detail: 'the field `published` is not a real calendar date (got "2023-02-30")' },
    ]);
  });

  it('refuses an unknown story and lists the known ones', () => {
    const [p] = problems(validFolder({ 'articles/a.yaml': 'story: nope\noutlet: X\n' }));
    expect(p).toEqual({
      code: 'E_UNKNOWN_STORY',
      file: 'articles/a.yaml:1',
      detail: 'the field `story` names “nope”, but there is no stories/nope.yaml (known: s)',
    });
  });

  it('refuses two articles with one id', () => {
    const [p] = problems(validFolder({ 'articles/a.md': `---\n${META}---\n${BODY}` }));
    expect(p).toMatchObject({ code: 'E_DUPLICATE_ID', file: 'articles/a.txt' });
    expect(p!.detail).toContain('articles/a.md');
  });

  it('refuses an empty body', () => {
    expect(problems(validFolder({ 'articles/a.txt': ' \n\n\t\n' }))).toEqual([
      { code: 'E_EMPTY_BODY', file: 'articles/a.txt', detail: 'has an empty body: there is no article text to parse' },
    ]);
  });

  it('refuses bytes that are not UTF-8, naming the byte offset', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Good start '), 0xc3, 0x28, 0x41]);
    expect(problems(validFolder({ 'articles/a.txt': bytes }))).toEqual([
      { code: 'E_NOT_UTF8', file: 'articles/a.txt', detail: 'is not UTF-8 text: invalid byte 0xc3 at byte offset 11. Save the file as UTF-8.' },
    ]);
  });

  it('refuses a non-http url and an unknown kind, and unknown fields', () => {
    const found = problems(validFolder({ 'articles/a.yaml': 'story: s\noutlet: X\nurl: javascript:alert(1)\nkind: blog\nauthr: Me\n' }));
    expect(found.map((p) => `${p.file} ${p.detail}`).sort()).toEqual([
      'articles/a.yaml unknown field `authr`',
      'articles/a.yaml:3 the field `url` must be an absolute http(s) URL (got "javascript:alert(1)")',
      'articles/a.yaml:4 the field `kind` must be one of "original"|"copy"|"rewrite"|"wire"|"aggregator" (got "blog")',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const [p] = problems(validFolder({ 'articles/a.yaml': 'story: s\noutlet: [unclosed\n' }));
    expect(p!.code).toBe('E_YAML_SYNTAX');
    expect(p!.file).toMatch(/^articles\/a\.yaml:\d+$/);
  });

  it('reports a missing metadata file, a metadata file with no text, and a .md without frontmatter', () => {
    const found = problems(contentFolder({ 'stories/s.yaml': STORY, 'articles/a.txt': BODY, 'articles/b.yaml': META, 'articles/c.md': BODY }));
    expect(found.map((p) => `${p.code} ${p.file}`).sort()).toEqual([
      'E_META_MISSING articles/a.txt',
      'E_META_MISSING articles/b.yaml',
      'E_META_MISSING articles/c.md',
    ]);
  });

  it('checks story files and people.yaml too', () => {
    const found = problems(validFolder({ 'stories/t.yaml': 'title: T\ndate: 2024-13-01\n', 'people.yaml': 'Bad Id:\n  name: X\n' }));
    expect(found.map((p) => `${p.code} ${p.file}`).sort()).toEqual([
      'E_META_INVALID people.yaml:2',
      'E_META_INVALID stories/t.yaml:1',
      'E_META_INVALID stories/t.yaml:2',
    ]);
  });

  it('collects every problem of a folder in one pass', () => {
    const dir = validFolder({ 'articles/b.txt': '', 'articles/b.yaml': META, 'articles/c.txt': BODY, 'articles/c.yaml': 'story: s\n' });
    expect(problems(dir).map((p) => p.code)).toEqual(['E_EMPTY_BODY', 'E_META_INVALID']);
  });
});
