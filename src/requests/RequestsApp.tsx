// My requests: every request the resident marked as sent, with days left or overdue, status
// changes, a calendar reminder, a follow-up letter and the ICO complaint helper when overdue,
// and the resident's own data (details, export, delete). Reads and writes only browser.storage.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { localIsoDay } from '../core/calendar';
import { noteFollowUp, removeRequest, requestState, setStatus } from '../core/requests/tracker';
import { emptyLog, type RequestLog, type RequestStatus } from '../core/requests/types';
import { copyText } from '../ext/clipboard';
import { useDetails } from '../ext/DetailsForm';
import { t } from '../ext/i18n';
import { readLibrary } from '../ext/library-store';
import { PageMessage, type Message } from '../ext/PageMessage';
import { readRequests, updateRequests } from '../ext/requests-store';
import { rightName, statusName } from '../ext/rights-words';
import { useLanguage } from '../ext/language';
import { Masthead } from '../ext/Masthead';
import { MyData } from './MyData';
import { RequestCard } from './RequestCard';

export function RequestsApp() {
  const [log, setLog] = useState<RequestLog>(emptyLog());
  const [loaded, setLoaded] = useState(false);
  const [savedNotices, setSavedNotices] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const say = (text: string) => setMessage({ kind: 'status', text });
  const details = useDetails(say);
  const today = localIsoDay(new Date());
  const [language, chooseLanguage] = useLanguage('requestsDocumentTitle');

  useEffect(() => {
    void readRequests().then((got) => {
      setLog(got.log);
      setLoaded(true);
      if (got.problem) setMessage({ kind: 'alert', text: t('requestsSetAside') });
    });
    void readLibrary().then((got) => setSavedNotices(got.library.notices.length));
  }, []);

  /** Stores the change first and shows it only once stored, so the page never shows unsaved data. */
  const commit = async (change: (log: RequestLog) => RequestLog, done: string) => {
    try {
      setLog(await updateRequests(change));
      say(done);
    } catch (e) {
      setMessage({ kind: 'alert', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const copy = async (text: string) => say(await copyText(text));
  // Waiting requests first, soonest due first; answered and withdrawn ones after.
  const ordered = useMemo(() => [...log.requests].sort((a, b) => {
    const sa = requestState(a, today), sb = requestState(b, today);
    return Number(sa.closed) - Number(sb.closed) || sa.dueOn.localeCompare(sb.dueOn);
  }), [log, today]);

  return (
    <div class="page">
      <header>
        <Masthead language={language} onLanguage={chooseLanguage} />
        <h1>{t('requestsTitle')}</h1>
        <p>{t('requestsIntro')}</p>
      </header>
      <main>
        <PageMessage message={message} />
        {loaded && log.requests.length === 0 && <p class="empty">{t('requestsEmpty')}</p>}
        {ordered.map((r) => (
          <RequestCard key={r.id} request={r} today={today} lang={language} details={details.details} onCopy={(text) => void copy(text)}
            onStatus={(status: RequestStatus) => void commit((l) => setStatus(l, r.id, status, today), t('statusChanged', rightName(r.right), statusName(status)))}
            onFollowUpSent={() => void commit((l) => noteFollowUp(l, r.id, today), t('followUpRecorded'))}
            onRemove={() => void commit((l) => removeRequest(l, r.id), t('requestRemoved'))} />
        ))}
        <MyData details={details} requests={log.requests.length} savedNotices={savedNotices}
          onDeleted={() => { setLog(emptyLog()); setSavedNotices(0); details.reset(); say(t('deletedMyData')); }}
          onError={(text) => setMessage({ kind: 'alert', text })} />
      </main>
      <footer><p>{t('footerPrivacy')}</p></footer>
    </div>
  );
}
