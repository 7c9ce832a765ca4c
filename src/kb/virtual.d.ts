/** The knowledge base modules, compiled by `build/kb-modules.ts` and aliased in `vite.config.ts`. */

declare module 'virtual:dossier/kb-index' {
  const index: import('./runtime').RuntimeIndex;
  export default index;
}

declare module 'virtual:dossier/kb-details' {
  const details: import('./runtime').KbDetails;
  export default details;
}
