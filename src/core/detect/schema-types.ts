/**
 * schema.org types, sorted by what they say about a page: one article (story, blog post, report), or a kind of page
 * that is not one article (live blog, video, gallery, listing, recipe, product, event, forum thread…).
 * Used for JSON-LD and microdata alike.
 */

/** Types whose item is one article, story, blog post or report. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'scholarlyarticle',
  'techarticle',
  'advertisercontentarticle',
  'report',
  'blogposting',
]);

/** Types whose item, as the page's main thing, means the page is not one article. */
const NON_ARTICLE_TYPES = new Set([
  'liveblogposting',
  'videoobject',
  'videogallery',
  'imagegallery',
  'mediagallery',
  'collectionpage',
  'searchresultspage',
  'itemlist',
  'recipe',
  'product',
  'event',
  'musicevent',
  'sportsevent',
  'profilepage',
  'qapage',
  'faqpage',
  'discussionforumposting',
  'jobposting',
  'book',
  'course',
  'softwareapplication',
]);

/** `"NewsArticle"`, `"schema:NewsArticle"`, `"https://schema.org/NewsArticle"` → `"newsarticle"`. */
export function localTypeName(type: string): string {
  return type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'), type.lastIndexOf('#')) + 1).toLowerCase();
}

/** What a type (local name, lower case) says about the page, if anything. */
export function schemaTypeKind(name: string): 'article' | 'other' | null {
  if (ARTICLE_TYPES.has(name)) return 'article';
  return NON_ARTICLE_TYPES.has(name) ? 'other' : null;
}
