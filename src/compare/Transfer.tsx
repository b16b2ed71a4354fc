// Export (CSV, JSON), import (JSON, checked entry by entry), and clear all with confirmation.
import { useState } from 'preact/hooks';
import type { Library } from '../core/library/types';
import { t } from '../ext/i18n';

export function Transfer({ library, onExportCsv, onExportJson, onImport, onClear }: {
  library: Library; onExportCsv: () => void; onExportJson: () => void; onImport: (text: string) => void; onClear: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const count = library.notices.length;
  const read = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) onImport(await file.text());
    input.value = '';
  };
  return (
    <section class="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('exportHeading')}</h2>
      <div class="actions">
        <button type="button" onClick={onExportCsv} disabled={!count}>{t('exportCsv')}</button>
        <button type="button" onClick={onExportJson} disabled={!count}>{t('exportJson')}</button>
      </div>
      <p>
        <label for="import-file" class="file-label">{t('importLabel')}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void read(e)} />
      </p>
      {!confirming && <button type="button" onClick={() => setConfirming(true)} disabled={!count}>{t('clearAll')}</button>}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('clearConfirm', String(count))}</p>
          <button type="button" class="danger" onClick={() => { setConfirming(false); onClear(); }}>{t('clearYes')}</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>{t('clearNo')}</button>
        </div>
      )}
    </section>
  );
}
