/**
 * Dossier runs only its own packaged code, never builds HTML from strings, talks to no server and takes no order from
 * a web page: a scan of every source file for the APIs that would do any of it (checked first against samples, so
 * the scan itself is known to catch them), and of the manifest for remote code, exposed files and a lax CSP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** What no source file may contain, by reason. */
const FORBIDDEN: { reason: string; pattern: RegExp }[] = [
  {
    reason: 'HTML from a string',
    pattern:
      /\.(?:inner|outer)HTML\b|\binsertAdjacentHTML\b|\bdocument\.write(?:ln)?\s*\(|\bcreateContextualFragment\b|\bdangerouslySetInnerHTML\b|\bsrcdoc\b/,
  },
  {
    reason: 'code from a string',
    pattern:
      /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|\bset(?:Timeout|Interval)\s*\(\s*['"`]|\bimportScripts\s*\(|\bimport\s*\(\s*[^'"`\s)]/,
  },
  {
    reason: 'a network request',
    pattern:
      /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|\bRTCPeerConnection\b|\bWebTransport\b/,
  },
  {
    reason: 'listening to web pages',
    pattern:
      /addEventListener\s*\(\s*['"`]message['"`]|\bonmessage\s*=|\bexternally_connectable\b|\bonMessageExternal\b|\bonConnectExternal\b/,
  },
  { reason: 'remote code', pattern: /<script[^>]+src\s*=\s*['"]?(?:https?:)?\/\//i },
];

/** Source text without comments (prose there may name what the code must not do). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
}

function violations(text: string): string[] {
  const stripped = code(text);
  return FORBIDDEN.filter((f) => f.pattern.test(stripped)).map((f) => f.reason);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sourceFiles(path);
    return /\.(ts|tsx|html|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('the scan for forbidden APIs', () => {
  it('catches each of them', () => {
    const samples: [string, string][] = [
      ['el.innerHTML = html;', 'HTML from a string'],
      ['node.insertAdjacentHTML("beforeend", s)', 'HTML from a string'],
      ['<div dangerouslySetInnerHTML={{ __html: s }} />', 'HTML from a string'],
      ['eval(text)', 'code from a string'],
      ['const f = new Function("a", body);', 'code from a string'],
      ['setTimeout("go()", 10)', 'code from a string'],
      ['await import(url)', 'code from a string'],
      ['await fetch("https://example.org/")', 'a network request'],
      ['new XMLHttpRequest()', 'a network request'],
      ['navigator.sendBeacon(u, d)', 'a network request'],
      ['new WebSocket(u)', 'a network request'],
      ["window.addEventListener('message', onMessage)", 'listening to web pages'],
      ['browser.runtime.onMessageExternal.addListener(f)', 'listening to web pages'],
      ['<script src="https://cdn.example/lib.js"></script>', 'remote code'],
    ];
    for (const [sample, reason] of samples) expect(violations(sample), sample).toEqual([reason]);
  });

  it('lets through what only looks alike: prose in comments, static imports, other names', () => {
    const fine = [
      '// never innerHTML, never eval(), never fetch() anything',
      '/* a card is fetched and shown */ const fetchAndShow = () => undefined;',
      "import { render } from 'preact';",
      "const url = 'https://www.newarab.com/news'; // a link a reader follows",
      'setTimeout(() => done(), 10);',
    ];
    for (const sample of fine) expect(violations(sample), sample).toEqual([]);
  });
});

describe('Dossier’s sources', () => {
  it('use none of them', () => {
    const found = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
      violations(readFileSync(file, 'utf8')).map((reason) => `${relative(ROOT, file)}: ${reason}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    content_security_policy?: { extension_pages?: string };
    content_scripts?: { js?: string[] }[];
  };

  it('runs only packaged files and exposes none to web pages or other extensions', () => {
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(file).toMatch(/^[\w./-]+$/);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('update_url');
  });

  it('gives its pages the strictest CSP: own scripts and styles only, no connection, no plug-in, no frame', () => {
    const policy = new Map(
      (manifest.content_security_policy?.extension_pages ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0]!, d.slice(1).join(' ')]),
    );
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self'",
      'connect-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });
});
