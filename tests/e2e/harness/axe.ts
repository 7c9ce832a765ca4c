/**
 * axe-core, the accessibility engine, run inside a page of either browser: the fact panel, the options page, or a
 * copy of an open card. Its source is evaluated through the automation protocol (not a script tag), so an extension
 * page's content security policy does not stop it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DPage } from './browsers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function evaluateSource(page: DPage, source: string): Promise<void> {
  if (page.raw.browser === 'chromium') await page.raw.page.evaluate(source);
  else await page.raw.page.evaluate(source);
}

/** The violations axe finds in the page (or in the elements matching `include`). */
export async function axeViolations(page: DPage, include?: string): Promise<AxeViolation[]> {
  await evaluateSource(page, AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include }: { tags: string[]; include: string | null }) => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(
              ctx: unknown,
              opts: unknown,
            ): Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(include ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { tags: TAGS, include: include ?? null },
  );
}

/**
 * The open card's shadow content (its style sheet and markup) as HTML, read through Chromium's DevTools protocol,
 * which sees into closed shadow roots; null in Firefox, whose driver cannot.
 */
export async function cardMarkup(page: DPage): Promise<string | null> {
  if (page.raw.browser !== 'chromium') return null;
  const cdp = await page.raw.page.context().newCDPSession(page.raw.page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = { nodeName: string; nodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const find = (node: Node): Node | null => {
      if (node.nodeName.toLowerCase() === 'dossier-card-host') return node;
      for (const child of node.children ?? []) {
        const hit = find(child);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root as Node);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const parts = await Promise.all(
      (shadow.children ?? []).map((c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })),
    );
    // The DevTools protocol's serialisation of the card, served to a test page for axe; no page's DOM is written.
    // eslint-disable-next-line no-restricted-properties
    return parts.map((p) => p.outerHTML).join('\n');
  } finally {
    await cdp.detach();
  }
}
