// One plain-English card per topic, with the notice's own words underneath and a way to see
// each of them on the page.
import type { PlainSection } from '../../core/types';
import { t } from '../../ext/i18n';
import { NoticeText, Quoted } from '../../ext/Quoted';
import type { CardEntry } from '../card-content';

const MAX_QUOTE = 90;
const shorten = (s: string) => (s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s);

/** Without onShow (a PDF read on the computer has no page to show), the notice's words are listed only. */
export function TopicCard({ section, entries, onShow }: { section: PlainSection; entries: CardEntry[]; onShow?: (quote: string) => void }) {
  const headingId = `card-${section.id}`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.sentences.map((s) => <p key={s}><Quoted text={s} /></p>)}
      {entries.length > 0 && (
        <details class="evidence">
          <summary>{t('fromTheNotice')} ({entries.length})</summary>
          <ul>
            {entries.map((e, i) => (
              <li key={`${i}-${e.text}`}>
                <span class="quote">{e.text.includes('“') ? <Quoted text={e.text} /> : <NoticeText text={e.text} />}</span>
                {e.evidence && onShow && (
                  <button type="button" class="link-button" onClick={() => onShow(e.evidence!.quote)} aria-label={t('showOnPageLabel', shorten(e.evidence.quote))}>
                    {t('showOnPage')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
