/**
 * The fact panel's "Copy as Markdown" and "Save as JSON": the page's dossier (`dossier-export.ts`), copied to the
 * clipboard or saved as a local file — made inside the extension, sent nowhere.
 */
import { useState } from 'preact/hooks';
import type { KbLookup } from '../kb/query/card-data';
import type { EntityType } from '../kb/schema';
import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import { typeKey, verdictKey } from '../ui/labels';
import { buildExport, exportFileName, toMarkdown, type ExportLabels } from './dossier-export';

const labels = (): ExportLabels => ({
  heading: t('exportHeading'),
  published: t('exportPublished'),
  actors: t('actorsHeading'),
  figures: t('figuresHeading'),
  events: t('exportEvents'),
  knowledgeBase: t('exportKnowledgeBase'),
  verdict: (verdict) => t(verdictKey(verdict)),
  type: (type) => t(typeKey(type as EntityType)),
});

/** Saves text as a file of the reader's downloads, through a link to a local object URL. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportButtons({ page, kb }: { page: PageState; kb: KbLookup }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toMarkdown(buildExport(page, kb), labels()));
      setStatus(t('exportCopied'));
    } catch {
      setStatus(t('exportCopyFailed'));
    }
  };
  const save = () => {
    const data = buildExport(page, kb);
    saveFile(exportFileName(data), `${JSON.stringify(data, null, 2)}\n`);
    setStatus(t('exportSaved'));
  };
  return (
    <div class="export">
      <button type="button" class="secondary" onClick={() => void copy()}>
        {t('exportCopy')}
      </button>
      <button type="button" class="secondary" onClick={save}>
        {t('exportSave')}
      </button>
      <p class="muted export-status" role="status">
        {status}
      </p>
    </div>
  );
}
