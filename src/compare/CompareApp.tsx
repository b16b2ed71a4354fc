// The compare page: every saved notice side by side, grouped by council, with filters, sorting,
// a per-council transparency score (its formula shown), a chart of what notices leave out, a
// detail view, and export/import. Reads and writes only browser.storage.local.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { toCsv } from '../core/library/csv';
import { readJsonExport, toJsonExport, type ImportFailure } from '../core/library/json-file';
import { mergeNotices, removeNotice } from '../core/library/library';
import { emptyLibrary, type Library, type SavedNotice } from '../core/library/types';
import { downloadText } from '../ext/download';
import { t } from '../ext/i18n';
import { useLanguage } from '../ext/language';
import { Masthead } from '../ext/Masthead';
import { openPage } from '../ext/pages';
import { readLibrary, writeLibrary } from '../ext/library-store';
import { PageMessage, type Message } from '../ext/PageMessage';
import { DetailView } from './DetailView';
import { Filters } from './Filters';
import { MissingChart } from './MissingChart';
import { NoticeTable } from './NoticeTable';
import { councils, defaultView, visibleNotices, type SortKey } from '../core/library/table';
import { Transfer } from './Transfer';

const IMPORT_FAILURES: Record<ImportFailure, string> = { 'not-json': 'importNotJson', 'not-export': 'importNotExport', newer: 'importNewer' };

export function CompareApp() {
  const [library, setLibrary] = useState<Library>(emptyLibrary());
  const [loaded, setLoaded] = useState(false);
  const [view, setView] = useState(defaultView());
  const [detail, setDetail] = useState<SavedNotice | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [language, chooseLanguage] = useLanguage('compareDocumentTitle');

  useEffect(() => {
    void readLibrary().then((got) => {
      setLibrary(got.library);
      setLoaded(true);
      if (got.problems.length) setMessage({ kind: 'alert', text: t('setAside'), list: got.problems });
    });
  }, []);

  const rows = useMemo(() => visibleNotices(library.notices, view), [library, view]);
  const councilNames = useMemo(() => councils(library.notices), [library]);

  /** Writes first and shows the change only once it is stored, so the page never shows unsaved data. */
  const commit = async (next: Library, done: Message) => {
    try {
      await writeLibrary(next);
      setLibrary(next);
      setMessage(done);
    } catch (e) {
      setMessage({ kind: 'alert', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const sort = (key: SortKey) => setView((v) => ({ ...v, sort: key, descending: v.sort === key ? !v.descending : false }));
  const stamp = () => new Date().toISOString().slice(0, 10);
  const importText = (text: string) => {
    const result = readJsonExport(text);
    if (!result.ok) return setMessage({ kind: 'alert', text: t(IMPORT_FAILURES[result.reason], String(result.version ?? '')) });
    const rejected = result.rejected.map((r) => `${r.label}: ${r.problems.join('; ')}`);
    void commit(mergeNotices(library, result.accepted), {
      kind: rejected.length ? 'alert' : 'status',
      text: `${t('imported', String(result.accepted.length))}${rejected.length ? ` ${t('importRejected', String(rejected.length))}` : ''}`,
      list: rejected,
    });
  };

  return (
    <div class="page">
      <header>
        <Masthead language={language} onLanguage={chooseLanguage} />
        <h1>{t('compareTitle')}</h1>
        <p>{t('compareIntro')}</p>
        <p><button type="button" class="link-button" onClick={() => openPage('pdf', 'this tab')}>{t('readPdf')}</button></p>
        <p><button type="button" class="link-button" onClick={() => openPage('requests', 'new tab')}>{t('myRequestsLink')}</button></p>
      </header>
      <main>
        <PageMessage message={message} />
        {loaded && library.notices.length === 0 && <p class="empty">{t('compareEmpty')}</p>}
        {library.notices.length > 0 && (
          <>
            <p>{t('compareCount', String(library.notices.length), String(councilNames.length))}</p>
            <Filters view={view} councils={councilNames} onChange={setView} />
            <p class="showing" aria-live="polite">{t('showingRows', String(rows.length), String(library.notices.length))}</p>
            <NoticeTable rows={rows} view={view} onSort={sort} onDetails={setDetail}
              onRemove={(n) => { if (detail?.id === n.id) setDetail(null); void commit(removeNotice(library, n.id), { kind: 'status', text: t('removed', n.title) }); }} />
            {detail && <DetailView notice={detail} onClose={() => setDetail(null)} />}
            <section class="panel" aria-labelledby="score-heading">
              <h2 id="score-heading">{t('scoreHeading')}</h2>
              <p>{t('scoreFormula')}</p>
            </section>
            <MissingChart notices={library.notices} />
          </>
        )}
        <Transfer library={library}
          onExportCsv={() => downloadText(toCsv(library.notices), `plain-notice-comparison-${stamp()}.csv`, 'text/csv;charset=utf-8')}
          onExportJson={() => downloadText(toJsonExport(library, new Date().toISOString()), `plain-notice-comparison-${stamp()}.json`, 'application/json')}
          onImport={importText}
          onClear={() => void commit(emptyLibrary(), { kind: 'status', text: t('cleared') })} />
      </main>
      <footer><p>{t('footerPrivacy')}</p></footer>
    </div>
  );
}
