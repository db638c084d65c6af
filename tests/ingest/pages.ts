/**
 * Saved web pages made for the tests: an article's text wrapped in the furniture of a real news site — header
 * and navigation, cookie notice, ads, share bar, a captioned photo, related links, a newsletter box, comments and
 * a footer — with the metadata a site puts in its head. Every piece of text is HTML-escaped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a page states about its article. */
export interface PageSpec {
  title: string;
  paragraphs: string[];
  /** A section heading inserted before this paragraph index. */
  heading?: { before: number; text: string };
  site?: string;
  url?: string;
  /** ISO day or date-time, written into JSON-LD and meta tags. */
  published?: string;
  /** The date as shown on the page ("June 20, 2023"). */
  dateLine?: string;
  author?: string;
  /** Which head metadata to write: JSON-LD, Open Graph/article meta tags, both, or none. */
  head?: 'json-ld' | 'meta' | 'both' | 'none';
  /** <meta charset> value; the test encodes the bytes to match. */
  charset?: string;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page as HTML text. */
export function savedPage(p: PageSpec): string {
  const head = p.head ?? 'both';
  const ld =
    head === 'json-ld' || head === 'both'
      ? `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: p.title,
          ...(p.published ? { datePublished: p.published } : {}),
          ...(p.author ? { author: [{ '@type': 'Person', name: p.author }] } : {}),
          ...(p.site ? { publisher: { '@type': 'Organization', name: p.site } } : {}),
          ...(p.url ? { mainEntityOfPage: { '@id': p.url } } : {}),
        }).replace(/</g, '\\u003c')}</script>`
      : '';
  const meta =
    head === 'meta' || head === 'both'
      ? [
          p.site ? `<meta property="og:site_name" content="${esc(p.site)}">` : '',
          `<meta property="og:title" content="${esc(p.title)}">`,
          p.url ? `<meta property="og:url" content="${esc(p.url)}">` : '',
          p.published ? `<meta property="article:published_time" content="${esc(p.published)}">` : '',
          p.author ? `<meta name="author" content="${esc(p.author)}">` : '',
        ].join('\n')
      : '';
  const body = p.paragraphs
    .map((t, i) => {
      const h = p.heading?.before === i ? `<h2>${esc(p.heading.text)}</h2>\n` : '';
      const ad = i === 3 ? '<div class="ad-slot" aria-label="advertisement"><span>Advertisement</span><iframe src="/ads/slot-2"></iframe></div>\n' : '';
      const fig =
        i === 2
          ? '<figure class="article-image"><img src="/img/photo.jpg" alt=""><figcaption>Delegates arrive for the talks. Photo: Staff photographer / Agency</figcaption></figure>\n'
          : '';
      return `${h}${ad}${fig}<p>${esc(t)}</p>`;
    })
    .join('\n');
  const nav = ['Home', 'World', 'Politics', 'Business', 'Opinion', 'Sport', 'Culture', 'Science', 'Video', 'Podcasts']
    .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  const related = [
    'Markets steady ahead of central bank decision',
    'Heatwave warnings issued for the south',
    'Five things to know this week',
    'Opinion: what the new budget means for you',
  ]
    .map((t, i) => `<li><a href="/story/${i}"><h3>${esc(t)}</h3></a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="${p.charset ?? 'utf-8'}">
<title>${esc(p.title)}${p.site ? ` | ${esc(p.site)}` : ''}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${p.url ? `<link rel="canonical" href="${esc(p.url)}">` : ''}
${meta}
${ld}
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); }</script>
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Manage preferences</a></p></div>
<header class="site-header"><a class="logo" href="/">${esc(p.site ?? 'News')}</a>
<nav class="main-nav" aria-label="Sections"><ul>${nav}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></header>
<div class="ad-banner leaderboard"><span>Advertisement</span></div>
<main id="content">
<article class="story">
<header class="story-header">
<p class="kicker"><a href="/world">World</a></p>
<h1 class="headline">${esc(p.title)}</h1>
${p.author ? `<p class="byline">By <a href="/authors/x" rel="author">${esc(p.author)}</a></p>` : ''}
${p.dateLine ? `<p class="publish-date"><time${p.published ? ` datetime="${esc(p.published)}"` : ''}>${esc(p.dateLine)}</time></p>` : ''}
<div class="share-bar"><span>Share</span><a href="#fb">Facebook</a><a href="#tw">Twitter</a><a href="#wa">WhatsApp</a><a href="#mail">Email</a></div>
</header>
<div class="story-body">
${body}
</div>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the day's top stories in your inbox.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</article>
<aside class="related"><h2>Related stories</h2><ul>${related}</ul></aside>
<section id="comments" class="comments"><h2>Comments (3)</h2>
<div class="comment"><p class="comment-author">reader_1987</p><p>Interesting piece, but I wonder whether anything will really change after this, given how many times we have heard the same promises.</p></div>
<div class="comment"><p class="comment-author">M. Jones</p><p>Great reporting as always. Keep it up!</p></div>
<div class="comment"><p class="comment-author">skeptic</p><p>Nothing new here.</p></div>
<form class="comment-form"><textarea placeholder="Leave a comment"></textarea><button>Post comment</button></form></section>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
<p>© 2024 ${esc(p.site ?? 'News')}. All rights reserved.</p></footer>
</body>
</html>
`;
}

/** Text of the page furniture, none of which may reach an article body. */
export const FURNITURE = [
  'We use cookies',
  'Advertisement',
  'Delegates arrive for the talks',
  'Facebook',
  'Related stories',
  'Markets steady ahead',
  'Get the morning briefing',
  'Interesting piece',
  'Leave a comment',
  'All rights reserved',
  'Podcasts',
  'Terms of use',
];

const ROOT = join(import.meta.dirname, '..', '..');

/** The seed articles as their sites might have served them: one paragraph a line, headline as the site shows it. */
export function seedPages(): Array<{ id: string; html: string; spec: PageSpec }> {
  const seeds: Array<[string, Partial<PageSpec>]> = [
    [
      '000_d78b92cbf736f969',
      { site: 'The Hindu', url: 'https://news-a.test/world/xi-blinken', published: '2023-06-19T18:30:00+05:30', author: 'Special Correspondent', head: 'both' },
    ],
    [
      '001_23f446b4423e84cf',
      {
        title: 'Xi Jinping sees ‘progress’ in China-US ties at meeting with Antony Blinken',
        site: 'Aggregator Daily',
        url: 'https://news-b.test/2023/06/20/xi-progress',
        published: '2023-06-20',
        head: 'json-ld',
        dateLine: 'June 20, 2023',
      },
    ],
    [
      '002_b25e38a6960a52da',
      {
        title: 'Antony Blinken and Xi Jinping hold candid talks in Beijing',
        site: 'ExBulletin',
        url: 'https://news-c.test/politics/blinken-xi-candid',
        published: '2023-06-19T10:00:00Z',
        head: 'meta',
      },
    ],
    [
      '003_a0d07328286ec2ce',
      {
        title: 'China welcomes ‘progress’ in US relations after Xi-Blinken talks',
        site: 'i7 News',
        url: 'https://news-d.test/a/123',
        head: 'none',
        dateLine: 'Monday, June 19, 2023',
      },
    ],
    [
      '004_f8862378f1068164',
      {
        title: 'Blinken meets Xi on the last day of his Beijing visit',
        url: 'https://news-e.test/world/blinken-meets-xi',
        published: '2023-06-19',
        head: 'meta',
      },
    ],
  ];
  return seeds.map(([id, extra]) => {
    const lines = readFileSync(join(ROOT, 'content', 'articles', `${id}.txt`), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // The headline is the text's first line unless the page gives one; the body keeps every other line.
    const title = extra.title ?? lines[0]!;
    const spec: PageSpec = { title, paragraphs: lines.filter((l) => l !== title), ...extra };
    return { id, html: savedPage(spec), spec };
  });
}

/** A report of another event, written for these tests. */
export const OTHER_EVENT: PageSpec = {
  title: 'Council votes to close the Victorian baths on Mill Street',
  site: 'The Riverside Courier',
  url: 'https://courier.test/news/2024/03/05/baths-closure',
  published: '2024-03-05T09:15:00+00:00',
  dateLine: '5 March 2024',
  author: 'Hannah Okafor',
  heading: { before: 3, text: 'Campaigners plan a challenge' },
  paragraphs: [
    'Riverside council voted on Tuesday evening to close the Victorian baths on Mill Street, after a survey found that the roof over the main pool could no longer be made safe at a reasonable cost.',
    'The decision, carried by nine votes to four, ends more than 120 years of public swimming in the town centre. The baths will shut at the end of the month.',
    '“We had no choice,” said council leader Priya Raman. “The engineers told us the roof could fail, and nobody in this chamber is willing to gamble with the safety of children.”',
    'Campaigners said they would ask for a second survey. Tom Ellis, who chairs the Friends of Mill Street Baths, said the council had exaggerated the cost of repairs.',
    '“The council has wanted this building gone for years,” Mr Ellis said. “We will take this to a judicial review if we have to.”',
    'The nearest public pool is now at the leisure centre in Northfield, a 25-minute bus ride from the town centre.',
  ],
};
