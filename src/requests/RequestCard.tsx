// One request: what it was, where it went, when the answer is due (days left or overdue), the
// status buttons, a calendar reminder, and — once overdue — the follow-up and the ICO helper.
import { isWeekend, type IsoDay } from '../core/calendar';
import type { LetterDetails } from '../core/letters/compose';
import { reminderIcs } from '../core/requests/calendar-file';
import { requestState } from '../core/requests/tracker';
import type { RequestStatus, TrackedRequest } from '../core/requests/types';
import { downloadText } from '../ext/download';
import { useFocusAfter } from '../ext/focus';
import { t } from '../ext/i18n';
import { rightName, statusName } from '../ext/rights-words';
import { uiDay } from '../ext/ui-language';
import { countdown } from './countdown';
import { Overdue } from './Overdue';

/** What the resident can mark next, from where the request stands. */
const NEXT: Record<RequestStatus, { status: RequestStatus; label: string }[]> = {
  open: [{ status: 'answered', label: 'markAnswered' }, { status: 'extended', label: 'markExtended' }, { status: 'withdrawn', label: 'markWithdrawn' }],
  extended: [{ status: 'answered', label: 'markAnswered' }, { status: 'withdrawn', label: 'markWithdrawn' }],
  answered: [{ status: 'open', label: 'markOpen' }],
  withdrawn: [{ status: 'open', label: 'markOpen' }],
};

export function RequestCard({ request: r, today, lang, details, onCopy, onStatus, onFollowUpSent, onRemove }: {
  request: TrackedRequest; today: IsoDay; lang: string; details: LetterDetails; onCopy: (text: string) => void;
  onStatus: (status: RequestStatus) => void; onFollowUpSent: () => void; onRemove: () => void;
}) {
  const state = requestState(r, today);
  // The status buttons change with the status: the request's heading takes the focus.
  const focus = useFocusAfter<HTMLHeadingElement>(r.status);
  const heading = `request-${r.id}`;
  const sentTo = r.contact ?? t('sentAnotherWay');
  const reminder = () => downloadText(reminderIcs({
    uid: `${r.id}@plain-notice`, dueOn: state.dueOn,
    title: t('icsTitle', r.council, rightName(r.right)), description: t('icsDescription', uiDay(r.sentOn), sentTo),
  }), `request-due-${state.dueOn}.ics`, 'text/calendar;charset=utf-8');
  return (
    <article class={`request panel${state.overdue ? ' is-overdue' : ''}`} aria-labelledby={heading}>
      <h2 id={heading} tabIndex={-1} ref={focus.ref}>{t('requestHeading', rightName(r.right), r.council)}</h2>
      <dl class="facts">
        <dt>{t('reqService')}</dt><dd>{r.target.service}</dd>
        <dt>{t('reqSentOn')}</dt><dd>{uiDay(r.sentOn)}</dd>
        <dt>{t('reqSentTo')}</dt><dd>{sentTo}</dd>
        <dt>{t('reqDue')}</dt>
        <dd class="due">{uiDay(state.dueOn)}{!state.closed && <> <strong class={state.overdue ? 'overdue' : 'left'}>({countdown(state.daysLeft)})</strong></>}</dd>
        <dt>{t('reqStatus')}</dt><dd class="state">{statusName(r.status)}{r.statusOn && ` (${uiDay(r.statusOn)})`}</dd>
        {r.followUpOn && <><dt>{t('reqFollowUp')}</dt><dd>{uiDay(r.followUpOn)}</dd></>}
      </dl>
      {!state.closed && isWeekend(state.dueOn) && <p class="hint weekend">{t('weekendNote')}</p>}
      {r.status === 'open' && <p class="hint">{t('extensionNote', uiDay(state.latestOn))}</p>}
      <div class="actions">
        {!state.closed && <button type="button" onClick={reminder} aria-describedby={heading}>{t('downloadIcs')}</button>}
        {NEXT[r.status].map((n) => <button type="button" key={n.status} onClick={() => { focus.arm(); onStatus(n.status); }} aria-describedby={heading}>{t(n.label)}</button>)}
        <button type="button" class="danger" onClick={onRemove} aria-describedby={heading}>{t('removeRequest')}</button>
      </div>
      {state.overdue && <Overdue request={r} state={state} lang={lang} details={details} today={today} onCopy={onCopy} onFollowUpSent={onFollowUpSent} />}
    </article>
  );
}
