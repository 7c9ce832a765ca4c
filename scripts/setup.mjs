#!/usr/bin/env node
// Makes a fresh machine ready to build and test Dossier: npm packages, Debian's Chromium and Firefox ESR.
// Plain Node with no dependencies, so it runs before `npm ci`. Used by `npm test` (pretest) and `npm run demo`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('setup: installing npm packages (npm ci)');
  run('npm ci --no-audit --no-fund');
}

const browsers = [
  { pkg: 'chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium', env: 'CHROME_PATH' },
  { pkg: 'firefox-esr', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', env: 'FIREFOX_PATH' },
];
const missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length > 0) {
  const pkgs = missing.map((b) => b.pkg).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`setup: installing ${pkgs} from Debian`);
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`);
  } else {
    console.error(
      `setup: missing ${missing.map((b) => `${b.pkg} (${b.path})`).join(', ')}.\n` +
        `Install with: sudo apt-get update && sudo apt-get install -y ${pkgs}\n` +
        `or point ${missing.map((b) => b.env).join(' / ')} at an existing binary.`,
    );
    process.exit(1);
  }
}
