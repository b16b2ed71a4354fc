// Copies text for the resident and returns the words that say whether it worked.
import { t } from './i18n';

export async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return t('copied');
  } catch {
    return t('copyFailed');
  }
}
