// Act on your rights: choose a right (only those that apply; the others say why not), fill the
// letter with your details, copy, email or download it, and record it as sent. Also the rights
// contact's phone and the ICO's real pages — never a link taken from the page.
import { useMemo, useState } from 'preact/hooks';
import { localIsoDay } from '../../core/calendar';
import { icoLinks } from '../../core/ico';
import { composeLetter, targetOf } from '../../core/letters/compose';
import { availableRights, type LetterRight } from '../../core/letters/rights';
import { telHref } from '../../core/safe-url';
import type { NoticeSummary } from '../../core/types';
import { DetailsForm, useDetails } from '../../ext/DetailsForm';
import { pageLanguage, t } from '../../ext/i18n';
import { LetterBox } from '../../ext/LetterBox';
import { rightIntro, rightName } from '../../ext/rights-words';
import { SafeLink } from '../../ext/SafeLink';
import { SentForm } from './SentForm';

export function ActCard({ summary, lang, onCopy, onStatus, onSent, onOpenRequests }: {
  summary: NoticeSummary; lang: string; onCopy: (text: string) => void; onStatus: (text: string) => void; onSent: () => void; onOpenRequests: () => void;
}) {
  const rights = useMemo(() => availableRights(summary), [summary]);
  const [right, setRight] = useState<LetterRight>('access');
  const details = useDetails(onStatus);
  const target = useMemo(() => targetOf(summary), [summary]);
  const letter = useMemo(() => composeLetter(target, right, { today: localIsoDay(new Date()), lang, details: details.details }), [target, right, lang, details.details]);
  const chosen = rights.find((r) => r.right === right);
  const notOffered = rights.filter((r) => !r.offered);
  const ico = icoLinks(pageLanguage());
  const phone = summary.rightsContact.phones[0] ?? summary.dataProtectionOfficer.contact.phones[0] ?? null;
  return (
    <section class="card card-act" aria-labelledby="card-act">
      <h2 id="card-act">{t('actHeading')}</h2>
      <fieldset class="rights">
        <legend>{t('chooseRight')}</legend>
        {rights.filter((r) => r.offered).map((r) => (
          <p class="choice" key={r.right}>
            <input type="radio" name="right" id={`right-${r.right}`} value={r.right} checked={r.right === right} onChange={() => setRight(r.right)} />
            <label for={`right-${r.right}`}>{rightName(r.right)}</label>
          </p>
        ))}
      </fieldset>
      {notOffered.length > 0 && (
        <details class="not-offered">
          <summary>{t('rightsNotOffered')}</summary>
          <ul>{notOffered.map((r) => <li key={r.right}><strong>{rightName(r.right)}</strong>: {r.offered ? '' : t(r.reason)}</li>)}</ul>
        </details>
      )}
      <h3>{rightName(right)}</h3>
      <p>{rightIntro(right)}</p>
      {chosen?.offered && chosen.note && <p class="note">{t(chosen.note)}</p>}
      <DetailsForm idPrefix="details" state={details} />
      <LetterBox id="letter-text" label={t('letterLabel')} letter={letter} onCopy={onCopy} />
      <SentForm target={target} right={right} letter={letter} onStatus={onStatus} onSent={onSent} onOpenRequests={onOpenRequests} />
      <ul class="act-links">
        {phone && telHref(phone) && <li><SafeLink href={telHref(phone)}>{t('callContact', phone)}</SafeLink></li>}
        <li><SafeLink href={ico.complain}>{t('complainIco')}</SafeLink></li>
        {summary.icoRegistrationNumber && <li><SafeLink href={ico.registerEntry(summary.icoRegistrationNumber)}>{t('icoRegister')} ({summary.icoRegistrationNumber})</SafeLink></li>}
        <li><SafeLink href={ico.subjectAccessGuide}>{t('icoSarGuide')}</SafeLink></li>
        <li><button type="button" class="link-button" onClick={onOpenRequests}>{t('myRequestsLink')}</button></li>
      </ul>
    </section>
  );
}
