import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Rolldown } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kbPlugin } from '../../../build/vite-plugin-kb';
import { compileKb } from '../../../src/kb/compile';
import { entry, tinyKb } from './tiny-kb';
import type { TopicFileInput } from '../../../src/kb/validate';

describe('kbPlugin', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dossier-kb-plugin-'));
    mkdirSync(join(root, 'src/kb/data'), { recursive: true });
    writeFileSync(
      join(root, 'main.js'),
      "import index from 'virtual:dossier/kb-index';\n" +
        "import details from 'virtual:dossier/kb-details';\n" +
        'export { index, details };\n',
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const writeKb = (files: TopicFileInput[]) => {
    for (const { file, data } of files) writeFileSync(join(root, 'src/kb/data', file), JSON.stringify(data));
  };

  const bundle = async () => {
    const output = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [kbPlugin()],
      build: { write: false, minify: false, lib: { entry: join(root, 'main.js'), formats: ['es'] } },
    })) as Rolldown.RolldownOutput[];
    const chunk = output[0]!.output.find((o) => o.type === 'chunk')!;
    return import(`data:text/javascript,${encodeURIComponent(chunk.code)}`);
  };

  it('serves the compiled index and details as the two virtual modules', async () => {
    writeKb(tinyKb());
    const { index, details } = await bundle();
    expect({ index, details }).toEqual(JSON.parse(JSON.stringify(compileKb(tinyKb()))));
  });

  it('fails the build with every error, naming file and entry', async () => {
    const files = tinyKb();
    entry(files, 'zenda').sourcse = [];
    entry(files, 'anna-qasemi-appointed').subject = 'nobody';
    writeKb(files);
    const { message } = await bundle().then(
      () => new Error('the build succeeded'),
      (error: Error) => error,
    );
    expect(message).toContain('Knowledge base: 2 error(s):\nplaces.json › zenda: sourcse: unknown field');
    expect(message).toContain('\nstory.json › anna-qasemi-appointed: subject: no entity has the id "nobody"');
  });

  it('fails the build on a file that is not JSON', async () => {
    writeKb(tinyKb());
    writeFileSync(join(root, 'src/kb/data/broken.json'), '{"topic": "broken",\n');
    await expect(bundle()).rejects.toThrow('broken.json › line 2, column 1: invalid JSON: unexpected end of file');
  });
});
