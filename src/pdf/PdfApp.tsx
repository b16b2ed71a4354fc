// "Read a PDF notice": the resident picks or drops a PDF from their computer and gets the same
// summary, letter and "Save to my comparison" as the popup gives for a web page. The file is read
// here and never leaves the computer.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { analyseDocument } from '../core/analyse';
import type { NoticeDocument } from '../core/document';
import { PdfProblem } from '../core/input/pdf-read';
import { formatText } from '../core/plain/as-text';
import { plainIn } from '../core/plain/summary';
import { wordsFor } from '../core/plain/words';
import type { NoticeSummary } from '../core/types';
import { t } from '../ext/i18n';
import { useLanguage } from '../ext/language';
import { Masthead } from '../ext/Masthead';
import { openPage } from '../ext/pages';
import { copyText, saveSummary } from '../ext/notice-actions';
import { cardEntries } from '../popup/card-content';
import { ActCard } from '../popup/components/ActCard';
import { MissingCard } from '../popup/components/MissingCard';
import { stepScale, Toolbar } from '../popup/components/Toolbar';
import { TopicCard } from '../popup/components/TopicCard';
import { readPdfFile } from './read-file';

type State =
  | { phase: 'waiting' }
  | { phase: 'reading'; name: string }
  | { phase: 'ready'; name: string; doc: NoticeDocument; summary: NoticeSummary; forced: boolean }
  | { phase: 'failed'; name: string; message: string };

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

export function PdfApp() {
  const [state, setState] = useState<State>({ phase: 'waiting' });
  const [over, setOver] = useState(false);
  const [status, setStatus] = useState('');
  const [scale, setScale] = useState(1);
  const [language, chooseLanguage] = useLanguage('pdfTitle');
  // The engine writes the summary in English; the page rewrites its plain words in the language shown.
  const summary = useMemo(() => (state.phase === 'ready' ? { ...state.summary, plain: plainIn(state.summary, language) } : null), [state, language]);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setStatus('');
    if (!isPdf(file)) return setState({ phase: 'failed', name: file.name, message: t('pdfNotPdf') });
    setState({ phase: 'reading', name: file.name });
    try {
      const doc = await readPdfFile(file);
      setState({ phase: 'ready', name: file.name, doc, summary: analyseDocument(doc, { analysedAt: new Date().toISOString() }), forced: false });
    } catch (e) {
      setState({ phase: 'failed', name: file.name, message: e instanceof PdfProblem ? e.message : t('pdfUnreadable') });
    }
  };
  const force = () => {
    if (state.phase !== 'ready') return;
    setState({ ...state, summary: analyseDocument(state.doc, { analysedAt: new Date().toISOString(), force: true }), forced: true });
  };
  const copy = async (text: string) => setStatus(await copyText(text));
  const save = async (summary: NoticeSummary) => setStatus((await saveSummary(summary)).message);
  const openRequests = () => openPage('requests', 'this tab');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void read(e.dataTransfer?.files[0]);
  };
  const shown = state.phase === 'ready' && (state.summary.detection.isPrivacyNotice || state.forced);
  useLayoutEffect(() => { document.documentElement.style.fontSize = `${scale * 100}%`; }, [scale]);

  return (
    <div class="page">
      <header>
        <Masthead language={language} onLanguage={chooseLanguage} />
        <h1>{t('pdfTitle')}</h1>
        <p>{t('pdfIntro')}</p>
        {/* Pages only ever link to the web; moving between the extension's own pages is a button. */}
        <p><button type="button" class="link-button" onClick={() => openPage('compare', 'this tab')}>{t('openComparison')}</button></p>
      </header>
      <main aria-busy={state.phase === 'reading'}>
        <div class={`drop${over ? ' over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
          <label for="pdf-file">{t('pdfChoose')}</label>
          <input id="pdf-file" type="file" accept="application/pdf,.pdf" aria-describedby="pdf-drop-hint" onChange={(e) => void read((e.currentTarget as HTMLInputElement).files?.[0])} />
          <p id="pdf-drop-hint" class="hint">{t('pdfDropHint')}</p>
        </div>
        <div class={`message ${state.phase === 'failed' ? 'alert' : ''}`} role={state.phase === 'failed' ? 'alert' : 'status'}>
          {state.phase === 'reading' && <p>{t('pdfReading', state.name)}</p>}
          {state.phase === 'failed' && <p>{t('pdfFailed', state.name)} {state.message}</p>}
        </div>
        {state.phase === 'ready' && !shown && (
          <section class="card" aria-labelledby="not-notice">
            <h2 id="not-notice">{t('notNoticeHeading')}</h2>
            <p>{t('pdfNotNotice')}</p>
            <button type="button" class="primary" onClick={force}>{t('analyseAnyway')}</button>
          </section>
        )}
        {state.phase === 'ready' && shown && summary && (
          <article aria-labelledby="pdf-summary">
            <h2 id="pdf-summary">{summary.controller.name ?? summary.plain.headline}</h2>
            {summary.source.title && <p class="notice-title">{summary.source.title} ({state.name})</p>}
            {!summary.detection.isPrivacyNotice && <p class="hint">{t('forcedNote')}</p>}
            <p class="headline">{summary.plain.headline}</p>
            <Toolbar scale={scale} onStep={(step) => setScale((s) => stepScale(s, step))}
              onCopySummary={() => void copy(formatText(summary, state.name, language))} onSave={() => void save(state.summary)} />
            {summary.plain.sections.filter((s) => s.id !== 'missing').map((section) => (
              <TopicCard key={section.id} section={section} entries={cardEntries(summary, section.id, wordsFor(language))} />
            ))}
            <MissingCard summary={summary} />
            <ActCard summary={summary} lang={language} onCopy={(text) => void copy(text)} onStatus={setStatus} onSent={() => undefined} onOpenRequests={openRequests} />
          </article>
        )}
        <p class="status" role="status" aria-live="polite">{status}</p>
      </main>
      <footer class="footer"><p>{t('pdfPrivacy')}</p></footer>
    </div>
  );
}
