// English | Cymraeg: each name written in its own language (and marked so for screen readers),
// the one shown pressed. Used at the top of every extension page.
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, type Language } from '../core/i18n/language';
import { t } from './i18n';

export function LanguageSwitch({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  return (
    <div class="language-switch" role="group" aria-label={t('languageLabel')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={LANGUAGE_TAGS[l]} aria-pressed={l === language} onClick={() => { if (l !== language) onChange(l); }}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
