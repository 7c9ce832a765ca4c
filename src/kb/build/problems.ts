/**
 * What the knowledge base's checks report: each problem names its file and entry, and is an error (the build stops)
 * or a warning (`kb:report` lists it). Every check collects its problems here, never throws.
 */

export interface KbError {
  file: string;
  /** The entry's id, or its JSON path (`facts[12]`), or the top-level field of the file (`topic`). */
  entry: string;
  message: string;
}

/** Where an entry was written. */
export interface EntryAt {
  file: string;
  entry: string;
}

/** A well-formed entry and where it was written. */
export interface Located<T> extends EntryAt {
  item: T;
}

/** The errors and warnings found so far, in the order they were found. */
export class Problems {
  readonly errors: KbError[] = [];
  readonly warnings: KbError[] = [];

  error({ file, entry }: EntryAt, message: string): void {
    this.errors.push({ file, entry, message });
  }

  warning({ file, entry }: EntryAt, message: string): void {
    this.warnings.push({ file, entry, message });
  }
}

export function formatKbError(error: KbError): string {
  return `${error.file} › ${error.entry}: ${error.message}`;
}

/** A message about a field of the entry ("sources[1]: …"), or about the entry itself when `path` is "". */
export function at(path: string, message: string): string {
  return path === '' ? message : `${path}: ${message}`;
}
