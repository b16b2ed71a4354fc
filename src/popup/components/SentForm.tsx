// "I have sent this": records the letter in the request tracker with the date it was sent and
// where it went, so My requests can count down to the council's answer.
import { useState } from 'preact/hooks';
import { isIsoDay, localIsoDay } from '../../core/calendar';
import type { Letter, LetterTarget } from '../../core/letters/compose';
import type { LetterRight } from '../../core/letters/rights';
import { replyDueOn } from '../../core/requests/deadlines';
import { addRequest } from '../../core/requests/tracker';
import { t } from '../../ext/i18n';
import { updateRequests } from '../../ext/requests-store';
import { uiDay } from '../../ext/ui-language';

const ANOTHER_WAY = '';

export function SentForm({ target, right, letter, onStatus, onSent, onOpenRequests }: {
  target: LetterTarget; right: LetterRight; letter: Letter; onStatus: (text: string) => void; onSent: () => void; onOpenRequests: () => void;
}) {
  const today = localIsoDay(new Date());
  const contacts = [target.email, target.postalAddress].filter((c): c is string => !!c);
  const [sentOn, setSentOn] = useState(today);
  const [contact, setContact] = useState(contacts[0] ?? ANOTHER_WAY);
  const [error, setError] = useState('');
  const [recorded, setRecorded] = useState(false);

  const record = async (e: Event) => {
    e.preventDefault();
    if (!isIsoDay(sentOn) || sentOn > today) return setError(t('sentDateInvalid'));
    setError('');
    try {
      await updateRequests((log) => addRequest(log, { id: crypto.randomUUID(), right, target, sentOn, contact: contact || null, letter: letter.body }));
      setRecorded(true);
      onStatus(t('markedSent', uiDay(replyDueOn(sentOn))));
      onSent();
    } catch (err) {
      onStatus(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form class="sent-form" onSubmit={(e) => void record(e)} noValidate>
      <h3>{t('sentHeading')}</h3>
      <p>{t('sentIntro')}</p>
      <label for="sent-on">{t('sentOnLabel')}</label>
      <input type="date" id="sent-on" value={sentOn} max={today} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'sent-on-hint sent-on-error' : 'sent-on-hint'}
        onInput={(e) => setSentOn((e.target as HTMLInputElement).value)} />
      <p class="hint" id="sent-on-hint">{t('sentOnHint')}</p>
      {error && <p class="error" id="sent-on-error">{error}</p>}
      <label for="sent-to">{t('sentToLabel')}</label>
      <select id="sent-to" value={contact} onChange={(e) => setContact((e.target as HTMLSelectElement).value)}>
        {contacts.map((c) => <option key={c} value={c}>{c}</option>)}
        <option value={ANOTHER_WAY}>{t('sentAnotherWay')}</option>
      </select>
      <div class="actions">
        <button type="submit" class="primary">{t('markSent')}</button>
        {recorded && <button type="button" onClick={onOpenRequests}>{t('openRequests')}</button>}
      </div>
    </form>
  );
}
