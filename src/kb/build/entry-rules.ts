/**
 * Rules across the fields of one entry, on top of its shape:
 * - an entity's fields that belong to one type (`placeKind` for places, `shortNames` for persons, `event` for
 *   events); demonyms of one word; a person without `shortNames` is a warning (say `[]` if meant);
 * - a fact's figure: a value has a unit and a measure, a unit or a figure's other fields have a value, the unit
 *   "count" has a `unitLabel`, a range's `valueMax` is above its `value`.
 */
import type { Entity, Fact } from '../schema';
import type { Located, Problems } from './problems';

export function checkEntityRules(at: Located<Entity>, problems: Problems): void {
  const { item } = at;
  const error = (message: string) => problems.error(at, message);
  if (item.placeKind !== undefined && item.type !== 'place') error(`placeKind: only for type "place"`);
  if (item.shortNames !== undefined && item.type !== 'person') error(`shortNames: only for persons`);
  if (item.event !== undefined && item.type !== 'event') error(`event: only for type "event"`);
  if (item.demonyms?.some((d) => /\s/.test(d.trim()))) error(`demonyms: one word each ("Danish", "danois")`);
  // `shortNames: []` says on purpose that the surname alone must not link (a common name or word).
  if (item.type === 'person' && item.shortNames === undefined) {
    problems.warning(at, 'a person without shortNames: the surname alone will not link (say [] if meant)');
  }
}

export function checkFactRules(at: Located<Fact>, problems: Problems): void {
  const { item } = at;
  const error = (message: string) => problems.error(at, message);
  if (item.value === undefined) {
    if (item.unit !== undefined) error('value: missing (a fact with a unit needs a value)');
    for (const field of ['valueMax', 'qualifier', 'unitLabel', 'measure'] as const) {
      if (item[field] !== undefined) error(`${field}: only for a fact with a value`);
    }
    return;
  }
  if (item.unit === undefined) error('unit: missing (a fact with a value needs a unit)');
  if (item.measure === undefined) error('measure: missing (a fact with a value names the quantity it reports)');
  if (item.unit === 'count' && item.unitLabel === undefined) {
    error('unitLabel: missing (unit "count" needs a unitLabel saying what is counted)');
  }
  if (item.valueMax !== undefined && item.valueMax <= item.value) {
    error(`valueMax: must be greater than value (${item.value}), got ${item.valueMax}`);
  }
}
