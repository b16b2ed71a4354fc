// The full summary of one saved notice: its plain sections (in the page's language) and its checklist.
import { useEffect, useRef } from 'preact/hooks';
import type { SavedNotice } from '../core/library/types';
import { plainIn } from '../core/plain/summary';
import { gapSentence } from '../core/plain/words';
import { pageLanguage, plainWords, t } from '../ext/i18n';
import { Quoted } from '../ext/Quoted';
import { SafeLink } from '../ext/SafeLink';

export function DetailView({ notice, onClose }: { notice: SavedNotice; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [notice.id]);
  const s = notice.summary;
  const language = pageLanguage();
  const plain = plainIn(s, language);
  return (
    <section class="panel detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading" tabIndex={-1} ref={heading}>{t('detailsFor', notice.title)}</h2>
      <p><SafeLink href={notice.url || null}>{notice.url}</SafeLink></p>
      <p class="headline">{plain.headline}</p>
      {plain.sections.filter((x) => x.id !== 'missing').map((x) => (
        <div key={x.id}>
          <h3>{x.title}</h3>
          {x.sentences.map((line) => <p key={line}><Quoted text={line} /></p>)}
        </div>
      ))}
      <h3>{t('missingHeading')}</h3>
      <ul>
        {s.checklist.map((c) => (
          <li key={c.item}>
            {plainWords().checklist[c.item].full}: {c.status === 'present' ? t('statusPresent') : gapSentence(c.item, c.status, language)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>{t('closeDetails')}</button>
    </section>
  );
}
