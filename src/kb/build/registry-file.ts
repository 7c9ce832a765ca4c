/**
 * Reads the publisher registry (`data/publishers.json`) against its shape (`shape.ts`), then two rules on top of it:
 * a publisher id is defined once, and a domain belongs to one publisher or is denied, never both nor twice (the
 * lookup would otherwise silently take one of them). Each problem names the publisher by its id (a denied domain by
 * its domain), or by its JSON path (`publishers[12]`) when it has none.
 */
import { at, type KbError } from './problems';
import type { PublisherRegistry } from './publishers';
import { formatPath, isRecord, PublisherRegistryShape, shapeIssues } from './shape';

const FILE = 'publishers.json';

/** The registry when it has no problem; every problem found otherwise. */
export function readPublisherRegistry(data: unknown): { registry?: PublisherRegistry; errors: KbError[] } {
  const errors = shapeIssues(PublisherRegistryShape, data).map(({ keys, path, message }): KbError => {
    const [section, index, ...field] = keys;
    if (typeof index !== 'number') return { file: FILE, entry: path === '' ? '(file)' : path, message };
    return { file: FILE, entry: entryName(data, String(section), index), message: at(formatPath(field), message) };
  });
  if (errors.length > 0) return { errors };
  const registry = data as PublisherRegistry;
  return { registry, errors: registryRules(registry) };
}

/** A publisher's id, a denied domain's domain, or the entry's JSON path. */
function entryName(data: unknown, section: string, index: number): string {
  const list = isRecord(data) ? data[section] : undefined;
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  const name = isRecord(item) ? (item.id ?? item.domain) : undefined;
  return typeof name === 'string' && name !== '' ? name : `${section}[${index}]`;
}

function registryRules({ publishers, denied }: PublisherRegistry): KbError[] {
  const errors: KbError[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  const claim = (entry: string, domain: string, path: string, owner: string) => {
    const first = owners.get(domain);
    if (first === undefined) owners.set(domain, owner);
    else errors.push({ file: FILE, entry, message: at(path, `${domain} is already ${first}`) });
  };
  for (const publisher of publishers) {
    if (ids.has(publisher.id))
      errors.push({ file: FILE, entry: publisher.id, message: 'id is already used by another publisher' });
    ids.add(publisher.id);
    publisher.domains.forEach((domain, k) =>
      claim(publisher.id, domain, `domains[${k}]`, `a domain of ${publisher.id}`),
    );
  }
  for (const { domain } of denied) claim(domain, domain, 'domain', 'a denied domain');
  return errors;
}
