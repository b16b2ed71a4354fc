// What the notice leaves out, from the UK GDPR checklist, in a resident's words. Status is said
// in words as well as by the icon, never by colour alone.
import { gapSentence } from '../../core/plain/words';
import type { NoticeSummary } from '../../core/types';
import { pageLanguage, t } from '../../ext/i18n';

export function MissingCard({ summary }: { summary: NoticeSummary }) {
  const gaps = summary.checklist.filter((c) => c.status !== 'present');
  return (
    <section class="card card-missing" aria-labelledby="card-missing">
      <h2 id="card-missing">{t('missingHeading')}</h2>
      {gaps.length === 0 ? <p>{t('missingNone')}</p> : (
        <ul class="gaps">
          {gaps.map((g) => (
            <li key={g.item} class={`gap gap-${g.status}`}>
              <span class="gap-icon" aria-hidden="true">{g.status === 'missing' ? '✕' : '?'}</span>
              <span class="gap-status">{g.status === 'missing' ? t('statusMissing') : t('statusUnclear')}:</span>{' '}
              {gapSentence(g.item, g.status, pageLanguage())}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
