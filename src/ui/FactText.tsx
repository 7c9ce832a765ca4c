/**
 * A knowledge-base fact in its own language, shared by the hover card and the fact panel: facts are written in
 * English, so the text carries `lang="en"`, and when the interface is in another language it is marked "(in English)".
 */
import { FACT_LANG } from '../kb/localize';

export function FactText({ text, t }: { text: string; t: (key: string) => string }) {
  const foreign = t('kbLang') !== FACT_LANG;
  return (
    <>
      <span lang={FACT_LANG}>{text}</span>
      {foreign && <span class="fact-lang"> ({t('factLanguageEn')})</span>}
    </>
  );
}
