/**
 * What assistive technology is told about Dossier's card, read from Chromium's accessibility tree (DevTools
 * protocol), which sees into closed shadow roots as screen readers do. Firefox exposes no such tree to tests.
 */
import type { DPage } from './browsers';

export interface AxNode {
  role: string;
  name: string;
}

/** The dialogs in the page's accessibility tree, with their accessible names; null where the browser cannot say. */
export async function accessibleDialogs(page: DPage): Promise<AxNode[] | null> {
  if (page.raw.browser !== 'chromium') return null;
  const cdp = await page.raw.page.context().newCDPSession(page.raw.page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role: 'dialog' });
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
  } finally {
    await cdp.detach();
  }
}

/** The text of the page's polite live regions (role status), as the accessibility tree holds it; null where unknown. */
export async function liveRegionTexts(page: DPage): Promise<string[] | null> {
  if (page.raw.browser !== 'chromium') return null;
  const cdp = await page.raw.page.context().newCDPSession(page.raw.page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const text = (id: string): string => {
      const node = byId.get(id);
      if (!node) return '';
      if (node.role?.value === 'StaticText') return String(node.name?.value ?? '');
      return (node.childIds ?? []).map(text).join('');
    };
    return nodes.filter((n) => n.role?.value === 'status' && !n.ignored).map((n) => text(n.nodeId));
  } finally {
    await cdp.detach();
  }
}
