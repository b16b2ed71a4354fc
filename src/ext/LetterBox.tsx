// A letter to read, with copy, email (mailto, only when there is an address) and download.
import type { Letter } from '../core/letters/compose';
import { mailtoHref } from '../core/safe-url';
import { downloadText } from './download';
import { t } from './i18n';

export function LetterBox({ id, label, letter, onCopy }: { id: string; label: string; letter: Letter; onCopy: (text: string) => void }) {
  const mailto = letter.email ? mailtoHref(letter.email, letter.subject, letter.body) : null;
  return (
    <div class="letter-box">
      <label class="letter-label" for={id}>{label}</label>
      <textarea id={id} class="letter" readOnly rows={8} value={letter.body} />
      <div class="actions">
        <button type="button" onClick={() => onCopy(letter.body)}>{t('copyLetter')}</button>
        {mailto && <a class="button" href={mailto}>{t('emailLetter', letter.email!)}</a>}
        <button type="button" onClick={() => downloadText(letter.body, letter.fileName)}>{t('downloadLetter')}</button>
      </div>
      {!mailto && <p class="hint">{t('noEmail')}</p>}
    </div>
  );
}
