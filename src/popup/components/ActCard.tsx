// Act on your rights: a subject access request letter filled with the council's name and
// contact (copy, email, download), the rights contact's phone, and the ICO's real pages —
// always the ICO's own addresses, never a link taken from the page.
import { useMemo } from 'preact/hooks';
import { ICO_LINKS } from '../../core/ico';
import { mailtoHref, telHref } from '../../core/safe-url';
import { sarLetter } from '../../core/sar-letter';
import type { NoticeSummary } from '../../core/types';
import { downloadText } from '../../ext/download';
import { t } from '../../ext/i18n';
import { SafeLink } from '../../ext/SafeLink';

export function ActCard({ summary, onCopy }: { summary: NoticeSummary; onCopy: (text: string) => void }) {
  const letter = useMemo(() => sarLetter(summary, new Date()), [summary]);
  const mailto = letter.email ? mailtoHref(letter.email, letter.subject, letter.body) : null;
  const phone = summary.rightsContact.phones[0] ?? summary.dataProtectionOfficer.contact.phones[0] ?? null;
  return (
    <section class="card card-act" aria-labelledby="card-act">
      <h2 id="card-act">{t('actHeading')}</h2>
      <h3>{t('sarHeading')}</h3>
      <p>{t('sarIntro')}</p>
      <label class="letter-label" for="sar-letter">{t('sarLetterLabel')}</label>
      <textarea id="sar-letter" class="letter" readOnly rows={8} value={letter.body} />
      <div class="actions">
        <button type="button" onClick={() => onCopy(letter.body)}>{t('copyLetter')}</button>
        {mailto && <a class="button" href={mailto}>{t('emailLetter', letter.email!)}</a>}
        <button type="button" onClick={() => downloadText(letter.body, 'subject-access-request.txt')}>{t('downloadLetter')}</button>
      </div>
      {!mailto && <p class="hint">{t('noEmail')}</p>}
      <ul class="act-links">
        {phone && telHref(phone) && <li><SafeLink href={telHref(phone)}>{t('callContact', phone)}</SafeLink></li>}
        <li><SafeLink href={ICO_LINKS.complain}>{t('complainIco')}</SafeLink></li>
        {summary.icoRegistrationNumber && <li><SafeLink href={ICO_LINKS.registerEntry(summary.icoRegistrationNumber)}>{t('icoRegister')} ({summary.icoRegistrationNumber})</SafeLink></li>}
        <li><SafeLink href={ICO_LINKS.subjectAccessGuide}>{t('icoSarGuide')}</SafeLink></li>
      </ul>
    </section>
  );
}
