// The top line of every extension page: the product name, and the English | Cymraeg switch.
import type { Language } from '../core/i18n/language';
import { t } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Masthead({ language, onLanguage }: { language: Language; onLanguage: (language: Language) => void }) {
  return (
    <div class="masthead-bar">
      <p class="brand">{t('extName')}</p>
      <LanguageSwitch language={language} onChange={onLanguage} />
    </div>
  );
}
