/** The knowledge base modules, compiled by `build/kb-modules.ts` and aliased in `vite.config.ts`. */

declare module 'virtual:dossier/kb-index' {
  /** The runtime index, unpacked when first needed (on an article page), the same object after. */
  const index: import('./pack').IndexLoader;
  export default index;
}

declare module 'virtual:dossier/kb-details' {
  const details: import('./runtime').KbDetails;
  export default details;
}
