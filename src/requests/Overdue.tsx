// When the council is late: a polite follow-up letter, then (once the reminder is sent) what
// the ICO asks for in a complaint and the date to complain by, linking to the ICO's own page.
import type { IsoDay } from '../core/calendar';
import { icoLinks } from '../core/ico';
import { composeFollowUp, type LetterDetails } from '../core/letters/compose';
import type { RequestState } from '../core/requests/tracker';
import type { TrackedRequest } from '../core/requests/types';
import { downloadText } from '../ext/download';
import { useFocusAfter } from '../ext/focus';
import { pageLanguage, t } from '../ext/i18n';
import { LetterBox } from '../ext/LetterBox';
import { SafeLink } from '../ext/SafeLink';
import { uiDay } from '../ext/ui-language';

export function Overdue({ request: r, state, lang, details, today, onCopy, onFollowUpSent }: {
  request: TrackedRequest; state: RequestState; lang: string; details: LetterDetails; today: IsoDay; onCopy: (text: string) => void; onFollowUpSent: () => void;
}) {
  const letter = composeFollowUp({ target: r.target, right: r.right, sentOn: r.sentOn, dueOn: state.dueOn, contact: r.contact }, { today, lang, details });
  const ico = `ico-${r.id}`;
  // "I have sent the reminder" goes away and the ICO helper opens: its heading takes the focus.
  const focus = useFocusAfter<HTMLHeadingElement>(r.followUpOn);
  return (
    <>
      <section class="follow-up" aria-labelledby={`follow-${r.id}`}>
        <h3 id={`follow-${r.id}`}>{t('followUpHeading')}</h3>
        <p>{t('followUpIntro')}</p>
        <LetterBox id={`follow-up-${r.id}`} label={t('followUpLetterLabel')} letter={{ ...letter, email: r.contact?.includes('@') ? r.contact : letter.email }} onCopy={onCopy} />
        {!r.followUpOn && <button type="button" class="primary" onClick={() => { focus.arm(); onFollowUpSent(); }}>{t('markFollowUpSent')}</button>}
      </section>
      <section class="ico-helper" aria-labelledby={ico}>
        <h3 id={ico} tabIndex={-1} ref={focus.ref}>{t('icoHeading')}</h3>
        {!r.followUpOn && <p>{t('icoAfterReminder')}</p>}
        {r.followUpOn && (
          <>
            <p>{t('icoIntro')}</p>
            <ul>
              <li>{t('icoNeedRequest')} <button type="button" class="link-button" onClick={() => downloadText(r.letter, `request-${r.sentOn}.txt`)}>{t('downloadRequest')}</button></li>
              <li>{t('icoNeedReply')}</li>
              <li>{t('icoNeedDates', uiDay(r.sentOn), uiDay(state.dueOn))}</li>
            </ul>
            <p><strong>{t('icoDeadline', uiDay(state.complainBy))}</strong></p>
            <p><SafeLink href={icoLinks(pageLanguage()).complain}>{t('icoComplainLink')}</SafeLink></p>
          </>
        )}
      </section>
    </>
  );
}
