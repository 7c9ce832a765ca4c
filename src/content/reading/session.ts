/**
 * Dossier on one article page, from detection until the reader navigates away or turns Dossier off: reads the page
 * in slices, draws and indexes its mentions, follows text the page adds later, and serves hover cards.
 */
import { detectArticleSteps, type ArticleDetection } from '../../core/detect/article';
import type { Steps } from '../../lib/steps';
import type { IndexLoader } from '../../kb/pack';
import { CATEGORIES, type Category } from '../../shared/categories';
import type { Settings } from '../../shared/settings';
import { createCardLoader, type Ask, type CardContent } from '../card/card-content';
import type { Translate } from '../../shared/i18n';
import { startCards } from '../card/cards';
import { watchRegions, type DomChanges } from './dom-watch';
import { createHighlighter } from '../highlight/highlighter';
import { MentionIndex } from '../mentions/mention-index';
import { drawInBatches } from './mention-drawing';
import { scanPage } from './page-scan';
import { runInSlices } from './slices';
import { markReady } from './timing';

export interface SessionDeps {
  /** The knowledge base's runtime index, unpacked only once the page is known to be an article. */
  index: IndexLoader;
  ask: Ask;
  t: Translate;
  /** The locale dates and numbers are written in on cards (read when the first card opens). */
  locale: () => string;
  /** The page's mentions changed (read, added or removed). */
  onChange(): void;
}

export interface ReadingSession {
  /** What article detection found: null while it runs (in slices, like the reading). */
  readonly detection: ArticleDetection | null;
  /** Whether the page is still being detected or, on an article, read for the first time. */
  readonly reading: boolean;
  readonly mentions: MentionIndex;
  /** Applies changed settings (categories, style, hover delay). */
  update(settings: Settings): void;
  /** Removes every highlight and card and stops watching the page. */
  stop(): void;
}

const visibleCategories = (settings: Settings): Set<Category> =>
  new Set(CATEGORIES.filter((c) => settings.categories[c]));

/**
 * Starts Dossier on a page: detects the article in slices, then, on an article, reads it (see `readArticle`).
 * `deps.onChange` is called once detection is done, and whenever an article's mentions change.
 */
export function startReading(doc: Document, url: string, initial: Settings, deps: SessionDeps): ReadingSession {
  const stopped = new AbortController();
  const mentions = new MentionIndex();
  let detection: ArticleDetection | null = null;
  let settings = initial;
  let article: ArticleReading | null = null;
  let reading = true;
  function* detect(): Steps<void> {
    detection = yield* detectArticleSteps(doc, { url });
  }
  void runInSlices(detect(), stopped.signal, { measure: 'dossier:detect' }).then(async (done) => {
    if (!done || !detection) return;
    // The knowledge base's index reaches the page only now that it is known to be an article.
    const loaded =
      detection.isArticle &&
      (await deps.index.load().then(
        () => true,
        () => false,
      ));
    if (stopped.signal.aborted) return;
    if (loaded) {
      article = readArticle(doc, detection, settings, mentions, deps, stopped.signal, () => (reading = false));
    } else {
      reading = false;
    }
    deps.onChange();
  });
  return {
    get detection() {
      return detection;
    },
    get reading() {
      return reading;
    },
    mentions,
    update(next) {
      settings = next;
      article?.update(next);
    },
    stop() {
      stopped.abort();
      article?.stop();
      mentions.clear();
    },
  };
}

interface ArticleReading {
  update(settings: Settings): void;
  stop(): void;
}

/**
 * Reads an article in slices, draws and indexes its mentions, follows text the page adds later, and serves hover
 * cards, until `stopped` aborts.
 */
function readArticle(
  doc: Document,
  detection: ArticleDetection,
  initial: Settings,
  mentions: MentionIndex,
  deps: SessionDeps,
  stopped: AbortSignal,
  /** Called once the article has been read and drawn (before `deps.onChange`). */
  read: () => void,
): ArticleReading {
  const scan = scanPage(doc, detection, deps.index);
  let settings = initial;
  let visible = visibleCategories(settings);

  const highlighter = createHighlighter(doc, settings.highlightStyle);
  highlighter.setVisible(visible);
  /** In the wrapping fallback, Dossier's own DOM changes must not read as the page's. */
  let forgetOwnChanges = (): void => undefined;
  const drawing = drawInBatches(highlighter, mentions, () => forgetOwnChanges());

  // Changes are read one batch after another, after the first reading.
  let reading = runInSlices(scan.readAll(drawing.sink), stopped).then((done) => {
    if (!done) return;
    drawing.flush();
    markReady();
    read();
    deps.onChange();
  });

  const onChanges = ({ added, removed }: DomChanges): void => {
    reading = reading.then(async () => {
      if (removed) drawing.removeWhere((m) => m.range.collapsed);
      const done = await runInSlices(scan.readAdded(added, drawing.sink), stopped);
      if (!done) return;
      drawing.flush();
      deps.onChange();
    });
  };
  const watch = watchRegions(detection.regions, onChanges);
  if (highlighter.mode === 'wrap') forgetOwnChanges = () => watch.discardOwnChanges();

  const cards = startCards(doc, {
    index: mentions,
    visible: (m) => visible.has(m.category),
    delay: () => settings.hoverDelay,
    load: createCardLoader(
      () => deps.index.get(),
      deps.ask,
      (entity) => mentions.countOf(entity),
    ),
    openPanel: (content: CardContent) => {
      void deps.ask({ type: 'open-panel', ...(content.kind === 'entity' ? { entity: content.entity.id } : {}) });
    },
    t: deps.t,
    locale: deps.locale,
  });

  return {
    update(next) {
      settings = next;
      visible = visibleCategories(next);
      highlighter.setVisible(visible);
      highlighter.setStyle(next.highlightStyle);
    },
    stop() {
      watch.stop();
      cards.stop();
      highlighter.clear();
      forgetOwnChanges();
      drawing.discard();
    },
  };
}
