/**
 * What a page's URL suggests about it: a front page, a section, a listing (tag, topic, category, search, archive), a
 * media page (video, gallery, live coverage), a forum thread, a service page (about, legal, privacy), or a single
 * story (a dated path, a long slug, a long numeric id).
 */

export interface UrlShape {
  /** The site's or a sub-site's home: empty path, `/index.html`, `/home`. */
  front: boolean;
  /** A tag, topic, category, author, archive or search page, or a paginated listing (not a story filed under one). */
  listing: boolean;
  /** A forum thread or comment page. */
  discussion: boolean;
  /** A site's service page: about, contact, legal notice, privacy policy, terms, help, login. */
  service: boolean;
  /** A video, gallery, slideshow, podcast or live-coverage page. */
  media: boolean;
  /** A short path of one or two plain words (`/politics`, `/news/world`): typically a section front. */
  section: boolean;
  /** A date in the path (`/2020/01/07/`). */
  dated: boolean;
  /** A last segment that reads as a headline slug (four or more words) or carries a long numeric id. */
  slug: boolean;
}

const LISTING_SEGMENTS = new Set([
  'tag',
  'tags',
  'topic',
  'topics',
  'category',
  'categories',
  'section',
  'sections',
  'search',
  'archive',
  'archives',
  'author',
  'authors',
]);

const DISCUSSION_SEGMENTS = new Set(['comments', 'forum', 'forums', 'thread', 'threads', 'viewtopic', 'showthread']);

const MEDIA_SEGMENTS = new Set([
  'video',
  'videos',
  'watch',
  'gallery',
  'galleries',
  'slideshow',
  'slideshows',
  'photos',
  'pictures',
  'podcast',
  'podcasts',
  'live',
  'liveblog',
  'live-updates',
]);

const SERVICE_PAGES = [
  'about',
  'about-us',
  'contact',
  'contact-us',
  'kontakt',
  'impressum',
  'imprint',
  'legal',
  'privacy',
  'privacy-policy',
  'datenschutz',
  'terms',
  'terms-of-use',
  'terms-of-service',
  'tos',
  'agb',
  'faq',
  'help',
  'support',
  'login',
  'register',
  'signup',
];
/** A service page's last segment: one of the names above, alone or first ("impressum-agentur"), or a policy name
 * anywhere in it ("site-privacy-policy"). */
const SERVICE_SEGMENT = new RegExp(
  `^(?:${SERVICE_PAGES.join('|')})(?:[-_.]|$)|(?:^|[-_])(?:privacy-policy|terms-of-(?:use|service))(?:[-_.]|$)`,
);

const SEARCH_PARAMS = ['q', 'query', 's', 'search', 'keyword', 'keywords'];
/** Query parameters that only track a visit and say nothing about the page. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|cid|ref|src|source)$/i;
const FRONT_SEGMENT = /^(?:index|default|home|start)(?:\.\w+)?$/i;
/** `/2020/01/…`, `/2020-1-…` or `/20200107/`. */
const DATED_PATH =
  /\/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|\/(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\/|$)/;
const EXTENSION = /\.(?:s?html?|php|aspx?|jsp|cms)$/i;
const LONG_ID = /\d{6,}/;
const NUMERIC_ID = /^\d{3,}(?:\.\w+)?$/;
const PAGE_NUMBER = /\/page\/\d+\/?$/;

const NONE: UrlShape = {
  front: false,
  listing: false,
  discussion: false,
  service: false,
  media: false,
  section: false,
  dated: false,
  slug: false,
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A letter of a slug word: exactly what `/[a-z\u00C0-\uFFFF]/i` matches (µ, U+00B5, by its capital Μ; checked over
 * every UTF-16 unit), without the `i` flag, whose case closure over so wide a range costs V8 a fraction of a
 * millisecond to compile, on every page the first script looks at.
 */
const SLUG_LETTER = /[A-Za-z\u00B5\u00C0-\uFFFF]/;

function slugWords(segment: string): number {
  return segment
    .replace(EXTENSION, '')
    .split(/[-_+]|%20/)
    .filter((w) => SLUG_LETTER.test(w)).length;
}

export function urlShape(url: string | null): UrlShape {
  const parsed = url ? parse(url) : null;
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return NONE;
  const segments = parsed.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => s.toLowerCase());
  const last = segments[segments.length - 1] ?? '';
  const searched = SEARCH_PARAMS.some((p) => parsed.searchParams.has(p));
  // forEach rather than the iterators: in a Firefox content script they come through an Xray, not iterable there.
  let hasQueryId = false;
  let selectsContent = false;
  parsed.searchParams.forEach((value, key) => {
    hasQueryId ||= LONG_ID.test(value);
    selectsContent ||= !TRACKING_PARAM.test(key);
  });
  const dated = DATED_PATH.test(parsed.pathname);
  const slug = slugWords(last) >= 4 || LONG_ID.test(last) || hasQueryId;
  const front = !selectsContent && (segments.length === 0 || (segments.length === 1 && FRONT_SEGMENT.test(last)));
  return {
    front,
    listing:
      searched ||
      PAGE_NUMBER.test(parsed.pathname) ||
      (!slug && !NUMERIC_ID.test(last) && segments.some((s) => LISTING_SEGMENTS.has(s))),
    discussion: segments.some((s) => DISCUSSION_SEGMENTS.has(s)),
    service: SERVICE_SEGMENT.test(last),
    media: segments.some((s) => MEDIA_SEGMENTS.has(s)),
    section:
      !front &&
      !dated &&
      !slug &&
      segments.length > 0 &&
      segments.length <= 2 &&
      segments.every((s) => /^[a-z]+(?:[-_][a-z]+)?(?:\.s?html?)?$/.test(s)),
    dated,
    slug,
  };
}
