// The popup: a headline, one plain card per topic, what the notice leaves out, and what the
// resident can do. Renders only text from the summary; never page HTML.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { dateInWords } from '../core/i18n/dates';
import type { Language } from '../core/i18n/language';
import { formatText } from '../core/plain/as-text';
import { plainIn } from '../core/plain/summary';
import { wordsFor } from '../core/plain/words';
import type { RequestLog } from '../core/requests/types';
import type { NoticeSummary } from '../core/types';
import { copyText } from '../ext/clipboard';
import { t } from '../ext/i18n';
import { useLanguage } from '../ext/language';
import { Masthead } from '../ext/Masthead';
import { openPage } from '../ext/pages';
import { signalInWords } from '../ext/signal-words';
import { saveSummary } from '../ext/notice-actions';
import { readRequests } from '../ext/requests-store';
import { cardEntries } from './card-content';
import { ActCard } from './components/ActCard';
import { MissingCard } from './components/MissingCard';
import { OpenRequestLine } from './components/OpenRequestLine';
import { stepScale, TEXT_SCALES, Toolbar } from './components/Toolbar';
import { TopicCard } from './components/TopicCard';
import { requestSummary, showOnPage, targetTabId } from './tab';

type State =
  | { phase: 'loading' }
  | { phase: 'ready'; summary: NoticeSummary; forced: boolean }
  | { phase: 'failed'; reason: 'restricted' | 'unreadable' | 'error' };

const SCALE_KEY = 'pn:textScale';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [status, setStatus] = useState('');
  const [scale, setScale] = useState(1);
  const [saved, setSaved] = useState(false);
  const [language, chooseLanguage] = useLanguage('popupTitle');
  // The background writes the summary in English; the popup rewrites its plain words in the language shown.
  const shown = useMemo(() => (state.phase === 'ready' ? { ...state.summary, plain: plainIn(state.summary, language) } : null), [state, language]);
  const [requests, setRequests] = useState<RequestLog | null>(null);
  const loadRequests = () => void readRequests().then((got) => setRequests(got.log));
  useEffect(loadRequests, []);

  const load = useCallback(async (force = false) => {
    setState({ phase: 'loading' });
    const id = tabId ?? (await targetTabId());
    setTabId(id);
    if (id === null) return setState({ phase: 'failed', reason: 'error' });
    const reply = await requestSummary(id, force);
    setState(reply.ok ? { phase: 'ready', summary: reply.summary, forced: force } : { phase: 'failed', reason: reply.reason });
  }, [tabId]);

  useEffect(() => { void load(); }, []);
  // The remembered size arrives a moment after opening; a size the user has just chosen wins.
  const chosen = useRef(false);
  useEffect(() => {
    void browser.storage.local.get(SCALE_KEY).then((got) => {
      const saved = got[SCALE_KEY];
      if (!chosen.current && typeof saved === 'number' && TEXT_SCALES.includes(saved)) setScale(saved);
    });
  }, []);
  // Layout effect: the new size is in place before the next paint, not a frame later.
  useLayoutEffect(() => { document.documentElement.style.fontSize = `${scale * 100}%`; }, [scale]);

  const stepText = (step: -1 | 1) => {
    chosen.current = true;
    setScale((current) => stepScale(current, step));
  };
  useEffect(() => {
    if (chosen.current) void browser.storage.local.set({ [SCALE_KEY]: scale });
  }, [scale]);
  const copy = async (text: string) => setStatus(await copyText(text));
  const save = async (summary: NoticeSummary) => {
    const result = await saveSummary(summary);
    if (result.saved) setSaved(true);
    setStatus(result.message);
  };
  const openComparison = () => openPage('compare', 'new tab');
  const openPdfPage = () => openPage('pdf', 'new tab');
  const openRequests = () => openPage('requests', 'new tab');
  const show = async (quote: string) => {
    if (tabId === null) return;
    setStatus(await showOnPage(tabId, quote) ? t('shownOnPage') : t('notFoundOnPage'));
  };

  return (
    <div class="popup">
      <header class="masthead">
        <Masthead language={language} onLanguage={chooseLanguage} />
        {shown && state.phase === 'ready' && (shown.detection.isPrivacyNotice || state.forced) && <Headline summary={shown} language={language} />}
      </header>
      <main id="main" aria-busy={state.phase === 'loading'}>
        {state.phase === 'loading' && <p class="loading">{t('reading')}</p>}
        {state.phase === 'failed' && <Failed reason={state.reason} onRetry={() => void load()} />}
        {state.phase === 'ready' && !state.summary.detection.isPrivacyNotice && !state.forced && (
          <NotANotice summary={state.summary} onForce={() => void load(true)} />
        )}
        {shown && state.phase === 'ready' && (shown.detection.isPrivacyNotice || state.forced) && (
          <>
            {!shown.detection.isPrivacyNotice && <p class="hint">{t('forcedNote')}</p>}
            {requests && <OpenRequestLine log={requests} summary={shown} onOpen={openRequests} />}
            <Toolbar scale={scale} onStep={stepText} onCopySummary={() => void copy(formatText(shown, shown.source.url ?? '', language))} onSave={() => void save(state.summary)} />
            {saved && <p class="saved"><button type="button" onClick={openComparison}>{t('openComparison')}</button></p>}
            {shown.plain.sections.filter((s) => s.id !== 'missing').map((section) => (
              <TopicCard key={section.id} section={section} entries={cardEntries(shown, section.id, wordsFor(language))} onShow={(q) => void show(q)} />
            ))}
            <MissingCard summary={shown} />
            <ActCard summary={shown} lang={language} onCopy={(text) => void copy(text)} onStatus={setStatus} onSent={loadRequests} onOpenRequests={openRequests} />
          </>
        )}
        <p class="status" role="status" aria-live="polite">{status}</p>
      </main>
      <footer class="footer">
        <p>{t('footerPrivacy')}</p>
        <p><button type="button" class="link-button" onClick={openPdfPage}>{t('readPdf')}</button></p>
      </footer>
    </div>
  );
}

function Headline({ summary, language }: { summary: NoticeSummary; language: Language }) {
  return (
    <>
      <h1>{summary.controller.name ?? summary.plain.headline}</h1>
      {summary.source.title && <p class="notice-title">{summary.source.title}</p>}
      <p class="updated">{summary.lastUpdated ? t('lastUpdated', dateInWords(summary.lastUpdated, language)) : t('lastUpdatedUnknown')}</p>
      <p class="headline">{summary.plain.headline}</p>
    </>
  );
}

function NotANotice({ summary, onForce }: { summary: NoticeSummary; onForce: () => void }) {
  return (
    <section class="card" aria-labelledby="not-notice">
      <h1 id="not-notice">{t('notNoticeHeading')}</h1>
      <p>{t('notNoticeBody')}</p>
      {summary.detection.signals.length > 0 && (
        <details>
          <summary>{t('notNoticeWhy')}</summary>
          <ul>{summary.detection.signals.map((s) => <li key={s}>{signalInWords(s)}</li>)}</ul>
        </details>
      )}
      <button type="button" class="primary" onClick={onForce}>{t('analyseAnyway')}</button>
    </section>
  );
}

function Failed({ reason, onRetry }: { reason: 'restricted' | 'unreadable' | 'error'; onRetry: () => void }) {
  const restricted = reason === 'restricted';
  return (
    <section class="card" aria-labelledby="failed">
      <h1 id="failed">{restricted ? t('restrictedHeading') : t('errorHeading')}</h1>
      <p>{restricted ? t('restrictedBody') : t('errorBody')}</p>
      <button type="button" onClick={onRetry}>{t('tryAgain')}</button>
    </section>
  );
}
