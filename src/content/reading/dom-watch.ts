/**
 * Watches the article's regions for text the page adds or changes after load (lazy paragraphs, "read more"),
 * and hands it over in batches, once the browser is idle: a burst of mutations is one batch, never a re-scan storm.
 */
import { nextIdle } from './slices';

export interface DomChanges {
  /** Nodes added, and text nodes whose text changed, in the order seen. */
  added: Node[];
  /** Whether nodes were removed (mentions on them are gone). */
  removed: boolean;
}

export interface DomWatch {
  /** Forgets the mutations recorded so far: call right after Dossier itself changed the page (wrapping fallback). */
  discardOwnChanges(): void;
  stop(): void;
}

export function watchRegions(
  regions: readonly Element[],
  onChanges: (changes: DomChanges) => void,
  wait: () => Promise<void> = nextIdle,
): DomWatch {
  let added = new Set<Node>();
  let removed = false;
  let scheduled = false;
  let stopped = false;

  const flush = (): void => {
    scheduled = false;
    if (stopped || (added.size === 0 && !removed)) return;
    const changes = { added: [...added], removed };
    added = new Set();
    removed = false;
    onChanges(changes);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') added.add(record.target);
      for (const node of record.addedNodes) added.add(node);
      if (record.removedNodes.length > 0) removed = true;
    }
    if (!scheduled && (added.size > 0 || removed)) {
      scheduled = true;
      void wait().then(flush);
    }
  });
  for (const region of regions) observer.observe(region, { childList: true, subtree: true, characterData: true });

  return {
    discardOwnChanges() {
      observer.takeRecords();
    },
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}
