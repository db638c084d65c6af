/**
 * What web copies wrap around an article: ad breaks, share bars, comment forms, republisher footers,
 * credit lines. Each pattern matches a whole line and names the reason it is taken out. These are
 * phrases of web page templates in general, not of any one article.
 */
import type { RemovalReason } from '../schema/record.ts';

/** Whole-line patterns, tried in order; the first match decides the reason. */
const LINE_PATTERNS: ReadonlyArray<readonly [RemovalReason, RegExp]> = [
  [
    'advertisement',
    /^(?:advertisements?|ad|(?:hide|skip|close) ad(?:vertisement)?(?:\s*(?:(?:hide|skip|close) ad|advertisement))*|advertisement(?:\s*(?:(?:hide|skip|close) ad|advertisement))+|sponsored(?: content)?|commercial break|scroll (?:down )?to continue(?: reading)?|story continues (?:below|after)(?: (?:this )?advertisement)?|continue reading(?: below| the main story)?|article continues (?:below|after(?: this)? advertisement)|paid (?:content|partner)|promoted(?: content| stories)?)\.?$/i,
  ],
  [
    'navigation',
    /^(?:back to top(?: button)?|top story|top stories|skip to (?:main )?content|main menu|menu|home|next article|previous article|next story|previous story|read next|see also|trending(?: now)?|most read|most popular|latest news|breaking news|live updates?|go to (?:the )?homepage|you are here:?.*)\.?$/i,
  ],
  [
    'comment-form',
    /^(?:leave a (?:reply|comment)|post a comment|comments?|\d+ comments?|no comments yet\.?|cancel reply|your email address will not be published\.?(?: required fields are marked \*)?|required fields are marked \*|(?:name|email|website|comment)\s*\*?:?|save my name, email,? and website.*|post comment|submit(?: comment)?|notify me of .*|join the conversation|add a comment|view comments|show comments)$/i,
  ],
  [
    'republisher-footer',
    /^(?:source link|source url:?.*|original (?:source|article|story)(?: link)?:?.*|this (?:story|article) (?:was|has been) (?:originally )?(?:published|posted) (?:on|at|by) .*|\(?except for the headline, this story has not been edited.*)$/i,
  ],
  [
    'related-story',
    /^(?:related(?: articles| posts| stories| news| content| coverage| reading)?:?|(?:also read|read also|read more|more on this|more from|recommended(?: for you)?|you (?:may|might) also like|don['’]t miss)\b.*)$/i,
  ],
  [
    'share-or-subscribe',
    /^(?:share(?: this(?: article| story| post)?)?(?: on [\w ]+)?:?|share via.*|click to (?:share|print|email).*|follow us on .*|subscribe(?: now| to [\w ]+| for .*)?|sign up (?:for|to) .*|get (?:the latest|our) .*(?:newsletter|updates|app).*|download (?:the|our) .* app.*|(?:(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|reddit|pinterest|print|copy link|messenger)\s*[|·•,]?\s*){2,})$/i,
  ],
  [
    'byline',
    // ("– By Ana Lind", "Published by Ana Lind 3 de mayo, 2025", "Author, Ana Lind", "by Ana Lind, https://…/ana-lind/ · The Courier";
    // never "By Monday evening, …" or "By noon, …": a day, a month or a time after "by" opens a sentence.)
    /^(?:[•–—-]\s*)?(?:by|words by|written by|reporting by|published by|posted by|story by|author,?|author:)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Noon|Midnight|Then|Now|Dawn|Nightfall|Evening|Morning|Afternoon|Tonight|Today|Tomorrow|Yesterday|The|This|That|Late|Early|Mid)\b)\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|da|van|von|der|la|and|&|,)){0,8}(?:\s*[|,–—-]\s*[\p{L} .’'-]{1,60}|\s*[|,–—-]?\s*(?:\d{1,2}\s+(?:de\s+)?\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})|\s*,\s*https?:\/\/\S+(?:\s*[·|•–-]\s*[\p{L} .]{1,40})?)?$/iu,
  ],
  ['copyright', /^(?:©|\(c\)\s|copyright\b|all rights reserved).*$/i],
  [
    'credit',
    /^(?:\(?\s*(?:with (?:inputs?|agency inputs|additional reporting) from|inputs from|additional reporting by|reporting by|written by|compiled by|edited by|editing by|produced by|source:)\b.{1,200}|.{1,200}\bcontributed (?:to )?(?:this|the) (?:report|story|article)(?: from .{1,80})?\.?\)?|\(?(?:ap|afp|reuters|pti|ians|ani|xinhua|dpa|bloomberg|upi|efe|ansa|kyodo|yonhap|tass|bernama)\)?\.?|[—–-]\s*(?:ap|afp|reuters|pti|ians|ani|xinhua|dpa|bloomberg|upi)|this (?:story|article|report) (?:has been|was|is) (?:published|generated|auto-generated) from (?:a|an) (?:wire agency|syndicated|agency) feed.*)$/i,
  ],
];

/** Lines that close an article on web pages: everything short after them is page furniture too. */
export const FOOTER_REASONS: ReadonlySet<RemovalReason> = new Set(['republisher-footer', 'related-story', 'comment-form']);

/** The reason a whole line is boilerplate, or null when it is content. */
export function classifyBoilerplate(line: string): RemovalReason | null {
  if (line.length > 400) return null;
  for (const [reason, pattern] of LINE_PATTERNS) if (pattern.test(line)) return reason;
  if (/^(?:<[^>]*>\s*)+$/.test(line)) return 'markup';
  return null;
}

/** A line of a footer's link list: short and not a sentence. */
export function isFooterFurniture(line: string): boolean {
  const words = line.split(' ').length;
  return words <= 14 && !/[.!?”"]$/.test(line);
}
