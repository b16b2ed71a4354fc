// What the popup and the PDF page do with a summary: copy text and save to the comparison. Each
// returns the sentence to announce in the page's status line.
import type { NoticeSummary } from '../core/types';
import { t } from './i18n';
import { saveToLibrary } from './library-store';

export { copyText } from './clipboard';

export async function saveSummary(summary: NoticeSummary): Promise<{ saved: boolean; message: string }> {
  try {
    await saveToLibrary(summary, new Date().toISOString());
    return { saved: true, message: t('savedToComparison') };
  } catch (e) {
    return { saved: false, message: t('saveFailed', e instanceof Error ? e.message : String(e)) };
  }
}
