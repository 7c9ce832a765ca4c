/** The `_locales` keys that name a mention's kind, shared by the card's chip and the screen-reader announcements. */
import type { EntityType } from '../kb/schema';

export const ENTITY_TYPE_KEYS: Record<EntityType, string> = {
  person: 'hoverCardTypePerson',
  state: 'hoverCardTypeState',
  organisation: 'hoverCardTypeOrganisation',
  'armed-group': 'hoverCardTypeArmedGroup',
  coalition: 'hoverCardTypeCoalition',
  operation: 'hoverCardTypeOperation',
  place: 'hoverCardTypePlace',
  event: 'hoverCardTypeEvent',
};

export const FIGURE_KEY = 'hoverCardTypeFigure';
export const DATE_KEY = 'hoverCardTypeDate';
