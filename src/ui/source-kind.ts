/** The `_locales` key of a publisher kind, shared by the card and the panel ("state-affiliated" → sourceKind_state_affiliated). */
export const sourceKindKey = (kind: string): string => `sourceKind_${kind.replace(/-/g, '_')}`;
