/** Zips the built extensions for the stores: dist/packages/dossier-<version>-{chrome,firefox}.zip. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function files(dir: string, base = dir, out: Zippable = {}): Zippable {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, base, out);
    // A fixed timestamp keeps the archives reproducible.
    else out[relative(base, path)] = [readFileSync(path), { mtime: new Date('2020-01-01T00:00:00Z') }];
  }
  return out;
}

mkdirSync(join(root, 'dist', 'packages'), { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const zip = zipSync(files(join(root, 'dist', target)), { level: 9 });
  const out = join(root, 'dist', 'packages', `dossier-${version}-${target}.zip`);
  writeFileSync(out, zip);
  console.log(`${relative(root, out)}  ${(zip.length / 1024).toFixed(1)} KB`);
}
