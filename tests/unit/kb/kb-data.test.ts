import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadTopicFiles } from '../../../src/kb/build/load';
import { validateKb } from '../../../src/kb/build/validate';

const hasData = existsSync(DEFAULT_DATA_DIR) && readdirSync(DEFAULT_DATA_DIR).some((name) => name.endsWith('.json'));
if (!hasData) console.warn(`Notice: no topic files in ${DEFAULT_DATA_DIR} yet; the knowledge base gate is skipped.`);

describe('the knowledge base in src/kb/data', () => {
  it.skipIf(!hasData)('validates without errors', () => {
    const { errors } = validateKb(loadTopicFiles());
    expect(errors).toEqual([]);
  });
});
