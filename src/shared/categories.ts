import type { EntityType } from '../kb/schema';

/** Highlight categories: what a reader turns on or off, and what each highlight is drawn as. */
export const CATEGORIES = [
  'person',
  'state',
  'organisation',
  'armed-group',
  'place',
  'operation',
  'event',
  'figure',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Coalitions are organisations to a reader. */
export function categoryOf(type: EntityType | 'figure'): Category {
  return type === 'coalition' ? 'organisation' : type;
}
