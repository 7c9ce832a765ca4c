/** The knowledge base's virtual modules, served by `build/vite-plugin-kb.ts`. */

declare module 'virtual:dossier/kb-index' {
  const index: import('./runtime').RuntimeIndex;
  export default index;
}

declare module 'virtual:dossier/kb-details' {
  const details: import('./runtime').KbDetails;
  export default details;
}
