/**
 * The card's style sheet, inside its closed shadow root: page CSS cannot reach it and it cannot reach the page.
 * Own font stack and colours, light and dark schemes, and an entrance only for readers who accept motion.
 * Verdicts carry an icon and a word besides their colour.
 */
export const CARD_CSS = `
.card {
  box-sizing: border-box;
  position: relative;
  width: min(380px, calc(100vw - 16px));
  overflow: auto;
  overscroll-behavior: contain;
  padding: 12px 14px 10px;
  border: 1px solid #c9ccd1;
  border-radius: 8px;
  background: #ffffff;
  color: #1f2328;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);
  font: 400 13.5px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  text-align: start;
  -webkit-font-smoothing: antialiased;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #0b62d6; outline-offset: 2px; }
h2 { margin: 2px 28px 6px 0; font-size: 17px; line-height: 1.3; font-weight: 650; }
h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 650; letter-spacing: 0.02em; text-transform: uppercase; color: #59636e; }
p, ul, dl { margin: 0 0 6px; }
ul { padding: 0 0 0 18px; }
li { margin: 0 0 4px; }
.sources { padding: 0; list-style: none; }
.sources li { margin: 0; line-height: 24px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
section { margin: 0; }
strong { font-weight: 650; }
a { color: #0b62d6; text-decoration: underline; text-underline-offset: 2px; }
a:visited { color: #6f42c1; }
a:focus-visible, button:focus-visible { outline: 2px solid #0b62d6; outline-offset: 2px; }
.kind { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; margin: 0 28px 4px 0; font-size: 12px; color: #59636e; }
.chip { padding: 1px 8px; border-radius: 999px; background: #eef1f4; color: #1f2328; font-weight: 600; }
.meta { color: #59636e; }
.role strong { color: #1f2328; }
.description { color: #3a424a; }
.related { color: #3a424a; }
dl.figures { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
dt { color: #59636e; }
dd { margin: 0; }
.verdict { display: inline-flex; gap: 4px; align-items: center; padding: 1px 8px; border-radius: 999px; font-weight: 650; }
.verdict-agrees { color: #0f5b2e; }
.verdict-differs { color: #8a2c00; }
.verdict-varies { color: #6b4a00; }
.verdict-unknown, .verdict-self { color: #4a5159; }
.verdict.verdict-agrees { background: #dff3e6; }
.verdict.verdict-differs { background: #fde6d8; }
.verdict.verdict-varies { background: #fbefc9; }
.verdict.verdict-unknown, .verdict.verdict-self { background: #eceef0; }
.verdict-text { font-weight: 600; }
.later { margin: 6px 0 2px; font-size: 11px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; opacity: 0.75; }
.close {
  position: absolute; top: 6px; inset-inline-end: 6px;
  width: 26px; height: 26px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: #59636e; font: 400 20px/26px system-ui, sans-serif; cursor: pointer;
}
.close:hover { background: #eef1f4; color: #1f2328; }
.actions { display: flex; justify-content: flex-end; margin-top: 8px; padding-top: 8px; border-top: 1px solid #e3e6ea; }
.open-panel {
  padding: 5px 12px; border: 1px solid #0b62d6; border-radius: 6px; background: #0b62d6; color: #ffffff;
  font: 600 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; cursor: pointer;
}
.open-panel:hover { background: #0a52b3; }
/* A phone's sheet along the bottom (or, when the mention leaves no room there, the top) edge, with a grip to drag. */
.sheet .card { border-radius: 14px 14px 0 0; border-width: 1px 0 0; padding-top: 20px; box-shadow: 0 -4px 24px rgb(0 0 0 / 0.2); }
.sheet .card::before {
  content: ""; position: absolute; top: 7px; left: 50%; width: 40px; height: 4px; margin-left: -20px;
  border-radius: 2px; background: #c9ccd1;
}
.sheet .close { top: 10px; width: 40px; height: 40px; font-size: 24px; line-height: 40px; }
.sheet .open-panel { padding: 10px 16px; }
.sheet h2, .sheet .kind { margin-inline-end: 44px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1e2227; color: #e6e8eb; border-color: #3d444d; box-shadow: 0 6px 24px rgb(0 0 0 / 0.5); }
  h3, .kind, .meta, dt, .close { color: #a3acb6; }
  .chip { background: #2d333b; color: #e6e8eb; }
  .role strong { color: #e6e8eb; }
  .description, .related { color: #c9d1d9; }
  a { color: #6cb6ff; }
  a:visited { color: #c8a6ff; }
  .card:focus-visible, a:focus-visible, button:focus-visible { outline-color: #6cb6ff; }
  .verdict-agrees { color: #7ee2a0; }
  .verdict-differs { color: #ffb08a; }
  .verdict-varies { color: #f3d27a; }
  .verdict-unknown, .verdict-self { color: #c0c7cf; }
  .verdict.verdict-agrees { background: #173b26; }
  .verdict.verdict-differs { background: #4a2514; }
  .verdict.verdict-varies { background: #3f3313; }
  .verdict.verdict-unknown, .verdict.verdict-self { background: #2d333b; }
  .close:hover { background: #2d333b; color: #e6e8eb; }
  .actions { border-top-color: #3d444d; }
  .open-panel { background: #1f6feb; border-color: #1f6feb; }
  .open-panel:hover { background: #1a5fd0; }
  .sheet .card::before { background: #5b636d; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: dossier-card-in 120ms ease-out; }
  @keyframes dossier-card-in { from { opacity: 0; transform: translateY(-3px); } to { opacity: 1; transform: none; } }
  .sheet .card { animation: dossier-sheet-in 160ms ease-out; }
  @keyframes dossier-sheet-in { from { transform: translateY(32px); } to { transform: none; } }
}
@media (forced-colors: active) {
  .card { border: 1px solid CanvasText; }
  .verdict { border: 1px solid CanvasText; }
}
`;
