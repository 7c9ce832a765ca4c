/**
 * Whether an element lies in what detection leaves out: clear page furniture, a hidden element, or one that is not
 * text (see `isNonText`), itself or through an ancestor. One test serves a whole detection, remembering every element
 * it has judged, and climbs without recursion: pages may nest thousands deep, and the first climb of such a page
 * goes in steps.
 */
import { isClearBoilerplate } from '../dom/boilerplate';
import { isHidden } from '../dom/hidden';
import { isNonText } from '../dom/skip-rules';
import { finish, ticker, type Steps } from '../../lib/steps';

/** Ancestors judged in one step (each may read a computed style). */
const ANCESTORS_PER_STEP = 250;

export interface ExclusionTest {
  /** Judges at once. */
  test(el: Element): boolean;
  /** Judges in steps. */
  steps(el: Element): Steps<boolean>;
}

/** `aria-hidden` does not count here: modal and consent scripts set it on the whole page wrapper (see `isHidden`). */
const excludedItself = (el: Element): boolean => isNonText(el) || isHidden(el, false) || isClearBoilerplate(el);

export function createExclusionTest(): ExclusionTest {
  const memo = new Map<Element, boolean>();
  const tick = ticker(ANCESTORS_PER_STEP);
  function* steps(start: Element): Steps<boolean> {
    const path: Element[] = [];
    let result = false;
    for (let el: Element | null = start; el; el = el.parentElement) {
      const known = memo.get(el);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (excludedItself(el)) {
        memo.set(el, true);
        result = true;
        break;
      }
      path.push(el);
      if (tick()) yield;
    }
    for (const el of path) memo.set(el, result);
    return result;
  }
  return { test: (el) => finish(steps(el)), steps };
}
