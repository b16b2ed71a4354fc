// A small bar chart of how many saved notices leave out each checklist item. Bars are drawn for
// sighted readers; every bar also says its numbers in words.
import type { SavedNotice } from '../core/library/types';
import { plainWords, t } from '../ext/i18n';
import { missingCounts } from '../core/library/table';

export function MissingChart({ notices }: { notices: SavedNotice[] }) {
  const counts = missingCounts(notices);
  return (
    <section aria-labelledby="chart-heading" class="panel">
      <h2 id="chart-heading">{t('chartHeading')}</h2>
      <ul class="chart">
        {counts.map((c) => (
          <li key={c.item}>
            <span class="chart-label">{plainWords().checklist[c.item].full}</span>
            <span class="chart-bar" aria-hidden="true"><span style={{ width: `${c.of ? (100 * c.count) / c.of : 0}%` }} /></span>
            <span class="chart-value">{t('chartRow', String(c.count), String(c.of))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
