/** What the pointer, touch and keyboard inputs drive: the page, the card host and controller, and the hit test. */
import type { CardHost } from './card-host';
import type { CardController, Target } from './hover-controller';
import type { Mention } from '../mentions/mentions';

export interface CardInputContext {
  doc: Document;
  host: CardHost;
  controller: CardController<Mention>;
  /** The visible mention under a point of the viewport, and its line there. */
  hit(x: number, y: number): Target<Mention> | null;
}
