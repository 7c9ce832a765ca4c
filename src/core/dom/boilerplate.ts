/**
 * Whether an element is page furniture rather than article text: navigation, footers, asides, forms, landmark roles
 * other than the main content, and containers whose class, id or component-naming `data-*` values name share bars,
 * comment threads, related / recommended / most-read lists, newsletter, promo and ad boxes, and the like.
 *
 * Names are split into words ("socialShareBar" → social, share, bar; "most-read" → most, read) and matched word by
 * word, so "shadow" is not "ad" and "commentary" is not "comment". Layout words (sidebar, menu…) count only when no
 * name of the element mentions the content, and state classes ("is-showing-sidebar") are ignored, since both also
 * name wrappers around the article. A container that holds the article itself (its `<h1>` or
 * `[itemprop=articleBody]`, or several paragraphs for a `<form>` wrapping the page) is never furniture.
 */

const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form']);
/** Paragraphs that make a `<form>` a page wrapper (as ASP.NET pages have) rather than a search or sign-up form. */
const WRAPPER_FORM_PARAGRAPHS = 3;

const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);

/** Tags whose class names never make them furniture. */
const CONTENT_TAGS = new Set(['html', 'body', 'main', 'article', 'h1']);

/** Words that mark a container as furniture wherever they appear. */
const FURNITURE_WORDS = new Set([
  'share',
  'shares',
  'sharing',
  'sharebar',
  'sharetools',
  'social',
  'socials',
  'socialmedia',
  'follow',
  'comment',
  'comments',
  'commenting',
  'disqus',
  'replies',
  'related',
  'recommended',
  'recommendation',
  'recommendations',
  'recirc',
  'recirculation',
  'outbrain',
  'taboola',
  'zergnet',
  'popular',
  'trending',
  'mostread',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'promos',
  'sponsor',
  'sponsored',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'adslot',
  'adunit',
  'dfp',
  'breadcrumb',
  'breadcrumbs',
  'cookie',
  'cookies',
  'gdpr',
  'consent',
  'footer',
]);

/**
 * Layout words that also name wrappers around the content ("l-sidebar-fixed", "nav-and-content"): they mark furniture
 * only when no name of the element mentions the content.
 */
const LAYOUT_WORDS = new Set([
  'sidebar',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'masthead',
  'modal',
  'popup',
  'toolbar',
  'tags',
]);

/** Two consecutive words that mark furniture ("most read", "more stories", "read next"). */
const FURNITURE_PAIRS = new Set([
  'most read',
  'most popular',
  'most viewed',
  'most shared',
  'most commented',
  'most emailed',
  'more stories',
  'more news',
  'more articles',
  'more from',
  'more on',
  'read next',
  'up next',
  'you may',
  'you might',
  'also like',
  'also read',
]);

/** Words that mark the article's own content. */
const CONTENT_WORDS = new Set(['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'prose']);

/** `data-*` attributes that name a component (other `data-*` values are behaviour hooks, URLs, ids…). */
const NAMING_DATA_ATTRIBUTES = [
  'data-component',
  'data-module',
  'data-testid',
  'data-test-id',
  'data-type',
  'data-role',
];

/**
 * First words of state and layout-helper classes ("is-showing-sidebar", "has-comments", "l-sidebar-fixed"), which say
 * what a wrapper contains or how it is laid out, not what it is.
 */
const STATE_PREFIXES = new Set(['is', 'has', 'with', 'show', 'showing', 'no', 'l', 'layout']);

const CAMEL_BOUNDARY = /([a-z\d])([A-Z])/g;

function words(token: string): string[] {
  return token
    .replace(CAMEL_BOUNDARY, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter((w) => w.length > 0);
}

function hasFurnitureWord(parts: string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    if (FURNITURE_WORDS.has(parts[i]!)) return true;
    if (i > 0 && FURNITURE_PAIRS.has(`${parts[i - 1]} ${parts[i]}`)) return true;
  }
  return false;
}

/** The class, id and component-naming `data-*` values of an element, as separate name tokens. */
function nameTokens(el: Element): string[] {
  const tokens: string[] = [];
  for (const attr of ['class', 'id', ...NAMING_DATA_ATTRIBUTES]) {
    const value = el.getAttribute(attr);
    if (value) tokens.push(...value.split(/\s+/));
  }
  return tokens;
}

export type FurnitureName = 'clear' | 'layout' | null;

type TokenKind = 'ignored' | 'furniture' | 'content' | 'mentions-content' | 'layout' | 'plain';

/** Token kinds by token: class names repeat across a page, so each is split and matched once. */
const tokenKinds = new Map<string, TokenKind>();
const MAX_CACHED_TOKENS = 10_000;

function tokenKind(token: string): TokenKind {
  let kind = tokenKinds.get(token);
  if (kind !== undefined) return kind;
  const parts = words(token);
  if (parts.length === 0 || STATE_PREFIXES.has(parts[0]!)) kind = 'ignored';
  else if (hasFurnitureWord(parts)) kind = 'furniture';
  else if (parts.every((p) => CONTENT_WORDS.has(p))) kind = 'content';
  else if (parts.some((p) => CONTENT_WORDS.has(p))) kind = 'mentions-content';
  else kind = parts.some((p) => LAYOUT_WORDS.has(p)) ? 'layout' : 'plain';
  if (tokenKinds.size >= MAX_CACHED_TOKENS) tokenKinds.clear();
  tokenKinds.set(token, kind);
  return kind;
}

/**
 * What the element's names say: `clear` furniture (share, comments, related, promo, ads…), `layout` furniture
 * (sidebar, menu… with no name mentioning the content), or nothing. A name made of content words ("article-body")
 * outweighs a furniture name.
 */
export function furnitureName(el: Element): FurnitureName {
  let clear = false;
  let layout = false;
  let content = false;
  for (const token of nameTokens(el)) {
    switch (tokenKind(token)) {
      case 'content':
        return null;
      case 'furniture':
        clear = true;
        break;
      case 'mentions-content':
        content = true;
        break;
      case 'layout':
        layout = true;
        break;
      default:
        break;
    }
  }
  if (clear) return 'clear';
  return layout && !content ? 'layout' : null;
}

function isFurnitureElement(el: Element, names: readonly FurnitureName[]): boolean {
  const tag = el.localName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  if (CONTENT_TAGS.has(tag) || el.getAttribute('itemprop') === 'articleBody') return false;
  return names.includes(furnitureName(el));
}

/** Elements that only the article itself holds. */
export const ARTICLE_MARKERS = 'h1, [itemprop="articleBody"]';

/** @param mayHoldMarkers false when the caller knows no `ARTICLE_MARKERS` lie inside (saves a sub-tree query) */
function holdsArticle(el: Element, mayHoldMarkers = true): boolean {
  if (mayHoldMarkers && el.querySelector(ARTICLE_MARKERS) !== null) return true;
  return el.localName.toLowerCase() === 'form' && el.querySelectorAll('p').length >= WRAPPER_FORM_PARAGRAPHS;
}

/**
 * Page furniture: by tag, landmark role, or a clear or layout furniture name; not a container of the article (its
 * headline or body, or, for a `<form>` wrapping the page, several paragraphs).
 * @param mayHoldArticle false when the caller knows no `ARTICLE_MARKERS` lie inside (saves a sub-tree query)
 */
export function isBoilerplate(el: Element, mayHoldArticle = true): boolean {
  return isFurnitureElement(el, ['clear', 'layout']) && !holdsArticle(el, mayHoldArticle);
}

/**
 * Page furniture beyond doubt: by tag, landmark role, or a clear furniture name (not a layout word, which may name a
 * wrapper around the content too). Used where skipping a wrapper would lose the whole article.
 */
export function isClearBoilerplate(el: Element): boolean {
  return isFurnitureElement(el, ['clear']) && !holdsArticle(el);
}
