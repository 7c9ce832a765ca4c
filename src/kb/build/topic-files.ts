/**
 * Reads the topic files against their shape (`shape.ts`). Every problem names its file and entry: the entry's id, or
 * its JSON path (`facts[12]`) when it has no id, or the file's top-level field (`topic`). Entries whose shape is
 * wrong are left out of what is read, so the rules written on top only look at well-formed entries; their ids are
 * still registered, so one typo does not cascade into "unknown id" errors elsewhere.
 */
import type { Entity, Fact, Source, TimelineEvent } from '../schema';
import { at, type Located, type Problems } from './problems';
import { isRecord, SECTION_SHAPES, shapeIssues, show, TopicFileEnvelope } from './shape';

export interface TopicFileInput {
  /** The file name, e.g. `coalition.json`. */
  file: string;
  data: unknown;
}

export type Kind = 'source' | 'entity' | 'fact' | 'timeline event';
type Section = keyof typeof SECTION_SHAPES;

const KIND_OF: Record<Section, Kind> = {
  sources: 'source',
  entities: 'entity',
  facts: 'fact',
  timeline: 'timeline event',
};

/** Every id defined anywhere, with its kind and the file that defines it first. */
export type IdRegistry = Map<string, { kind: Kind; file: string }>;

/** The well-formed entries of every topic file, and every id defined. */
export interface TopicEntries {
  ids: IdRegistry;
  sources: Located<Source>[];
  entities: Located<Entity>[];
  facts: Located<Fact>[];
  timeline: Located<TimelineEvent>[];
}

export function readTopicFiles(files: readonly TopicFileInput[], problems: Problems): TopicEntries {
  const read: TopicEntries = { ids: new Map(), sources: [], entities: [], facts: [], timeline: [] };
  for (const input of files) readTopicFile(input, read, problems);
  return read;
}

function readTopicFile({ file, data }: TopicFileInput, read: TopicEntries, problems: Problems): void {
  // The envelope's problems are the file's own ("(file)") or one top-level field's (`facts`, a misspelt section).
  for (const issue of shapeIssues(TopicFileEnvelope, data)) {
    problems.error({ file, entry: issue.path === '' ? '(file)' : issue.path }, issue.message);
  }
  if (!isRecord(data)) return;
  const topic = (file.split('/').pop() ?? file).replace(/\.json$/, '');
  if (data.topic !== topic) {
    problems.error({ file, entry: 'topic' }, `expected "${topic}" (the file name), got ${show(data.topic)}`);
  }
  for (const section of Object.keys(SECTION_SHAPES) as Section[]) {
    const list = data[section];
    if (Array.isArray(list)) list.forEach((raw, index) => readEntry(file, section, raw, index, read, problems));
  }
}

function readEntry(
  file: string,
  section: Section,
  raw: unknown,
  index: number,
  read: TopicEntries,
  problems: Problems,
): void {
  const rawId = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
  const where = { file, entry: rawId ?? `${section}[${index}]` };
  const issues = shapeIssues(SECTION_SHAPES[section], raw);
  for (const issue of issues) problems.error(where, at(issue.path, issue.message));
  let wellFormed = issues.length === 0;
  if (rawId !== undefined) {
    const first = read.ids.get(rawId);
    if (first) {
      problems.error(where, `id is already used in ${first.file} (${first.kind})`);
      wellFormed = false;
    } else read.ids.set(rawId, { kind: KIND_OF[section], file });
  }
  // The entry as written (its fields in the author's order), now that it has the shape of its section.
  if (wellFormed) (read[section] as Located<unknown>[]).push({ ...where, item: raw });
}
