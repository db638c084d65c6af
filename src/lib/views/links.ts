/** Addresses and anchors of the site, in one place so pages, views and tests agree on them. */
import { slugify } from '../slug.ts';

/** The fragment id of a quote: "000_d78b92cbf736f969#q3" → "q-000_d78b92cbf736f969-q3". */
export function quoteAnchor(quoteId: string): string {
  return `q-${quoteId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The reading view of an article. */
export function articleHref(articleId: string): string {
  return `/articles/${encodeURIComponent(articleId)}/`;
}

/** A quote in its article. */
export function quoteHref(articleId: string, quoteId: string): string {
  return `${articleHref(articleId)}#${quoteAnchor(quoteId)}`;
}

/** A person's page. */
export function personHref(personId: string): string {
  return `/people/${encodeURIComponent(personId)}/`;
}

/** A story's overview (built on the analysis module). */
export function storyHref(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}/`;
}

/** The comparison page of a story, with one article's wording as the reference the others are marked against. */
export function compareHref(storyId: string, articleId: string): string {
  return `${storyHref(storyId)}compare/?ref=${encodeURIComponent(articleId)}`;
}

/** The quotes page filtered to a speaker and/or an outlet (query params read by the page's script). */
export function quotesHref(filter: { speaker?: string; outlet?: string } = {}): string {
  const params = new URLSearchParams();
  if (filter.speaker) params.set('speaker', filter.speaker);
  if (filter.outlet) params.set('outlet', filter.outlet);
  const query = params.toString();
  return query ? `/quotes/?${query}` : '/quotes/';
}

/** A stable key for an outlet name (used in filters and anchors); null outlets share one key. */
export function outletKey(outlet: string | null): string {
  return outlet === null ? 'unknown-outlet' : slugify(outlet);
}

/** A stable key for a speaker: the person id, or the slug of an organisation's name, or "unattributed". */
export function speakerKey(speaker: { name: string; personId: string | null } | null): string {
  if (!speaker) return 'unattributed';
  return speaker.personId ?? `org-${slugify(speaker.name)}`;
}

/** The site's main navigation. */
export const NAV = [
  { href: '/', label: 'Stories' },
  { href: '/people/', label: 'People' },
  { href: '/quotes/', label: 'Quotes' },
  { href: '/about/', label: 'About' },
] as const;

/** The nav entry a path belongs to (articles and stories count as Stories), or null. */
export function currentNav(pathname: string): string | null {
  if (/^\/(articles|stories)\//.test(pathname) || pathname === '/') return '/';
  return NAV.find((n) => n.href !== '/' && pathname.startsWith(n.href))?.href ?? null;
}
