/**
 * Every message a user can see, in one place, with a stable code. Errors stop the build; warnings
 * ride on the record and the build goes on. Tests assert on the codes, the README lists them.
 */

/** Codes of input that cannot be turned into a record. */
export const ErrorCode = {
  metaInvalid: 'E_META_INVALID',
  metaMissing: 'E_META_MISSING',
  yamlSyntax: 'E_YAML_SYNTAX',
  unknownStory: 'E_UNKNOWN_STORY',
  duplicateId: 'E_DUPLICATE_ID',
  emptyBody: 'E_EMPTY_BODY',
  notUtf8: 'E_NOT_UTF8',
  unreadable: 'E_UNREADABLE',
  peopleInvalid: 'E_PEOPLE_INVALID',
  // Web pages and URLs (npm run add, .html articles).
  notHtml: 'E_NOT_HTML',
  binaryFile: 'E_BINARY_FILE',
  emptyPage: 'E_EMPTY_PAGE',
  noArticle: 'E_NO_ARTICLE',
  duplicateUrl: 'E_DUPLICATE_URL',
  badUrl: 'E_BAD_URL',
  fetchFailed: 'E_FETCH_FAILED',
  tooLarge: 'E_TOO_LARGE',
  articleExists: 'E_ARTICLE_EXISTS',
  recordInvalid: 'E_RECORD_INVALID',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes of oddities that become warnings on the record. */
export const WarningCode = {
  invisibleCharacters: 'W_INVISIBLE_CHARACTERS',
  controlCharacters: 'W_CONTROL_CHARACTERS',
  mojibake: 'W_MOJIBAKE_REPAIRED',
  // A backslash before a quotation mark (\" or \'), left by text copied out of escaped JSON.
  escapedMarks: 'W_ESCAPED_MARKS',
  strayQuestionMark: 'W_STRAY_QUESTION_MARK',
  // "told the agency.Japan’s premier …": a sentence glued to the one before it; a space is put back.
  missingSpace: 'W_MISSING_SPACE',
  // "Statement from Ana LindAna Lind said …": a heading glued to the paragraph after it; a line break is put back.
  missingLineBreak: 'W_MISSING_LINE_BREAK',
  unclosedQuote: 'W_UNCLOSED_QUOTE',
  unopenedQuote: 'W_UNOPENED_QUOTE',
  // ”Like this,” with the closing mark typed where the quotation opens a paragraph.
  reversedQuote: 'W_REVERSED_QUOTE',
  markup: 'W_MARKUP_IN_TEXT',
  longLine: 'W_LONG_LINE',
  noDate: 'W_NO_DATE',
  dateConflict: 'W_DATE_CONFLICT',
  noHeadline: 'W_NO_HEADLINE',
  nameVariant: 'W_NAME_VARIANT',
  quoteLimit: 'W_QUOTE_LIMIT',
  // Web pages (npm run add): the page states no usable publication day.
  noPublished: 'W_NO_PUBLISHED',
  // Web pages: a canonical address that cannot be used (relative with no base, or not http(s)).
  badCanonical: 'W_BAD_CANONICAL',
} as const;
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];

/** An input problem that stops the build: it names the file, and the field or byte where it can. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  /** Stable code from ErrorCode. */
  readonly code: ErrorCode;
  /** The file at fault, as the user would type it. */
  readonly file: string;
  /** What is wrong, one sentence without the file name. */
  readonly detail: string;
  constructor(code: ErrorCode, file: string, detail: string) {
    super(`${file}: ${detail} [${code}]`);
    this.code = code;
    this.file = file;
    this.detail = detail;
  }
}

/** True for errors this library raised on purpose (to print without a stack trace). */
export function isContentError(error: unknown): error is ContentError {
  return error instanceof ContentError;
}
