/** The knowledge base modules, compiled by `build/kb-modules.ts` and aliased in `vite.config.ts`. */

declare module 'virtual:dossier/kb-index' {
  /** The runtime index, unpacked on the first call (on an article page), the same object after. */
  const loadIndex: () => import('./runtime').RuntimeIndex;
  export default loadIndex;
}

declare module 'virtual:dossier/kb-details' {
  const details: import('./runtime').KbDetails;
  export default details;
}
