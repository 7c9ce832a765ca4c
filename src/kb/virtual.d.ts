/** The knowledge base modules, compiled by `build/kb-modules.ts` and aliased in `vite.config.ts`. */

declare module 'virtual:dossier/kb-index-packed' {
  /** The runtime index, packed (`pack.ts`), as a JSON string: the background sends it to an article page's script. */
  const packed: string;
  export default packed;
}

declare module 'virtual:dossier/kb-details' {
  const details: import('./runtime').KbDetails;
  export default details;
}
