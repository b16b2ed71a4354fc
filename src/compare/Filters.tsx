// Filter the table by council, by service, and by an item the notices leave out.
import { CHECKLIST_ITEMS, type ChecklistItem } from '../core/types';
import { plainWords, t } from '../ext/i18n';
import type { View } from '../core/library/table';

export function Filters({ view, councils, onChange }: { view: View; councils: string[]; onChange: (v: View) => void }) {
  return (
    <fieldset class="filters">
      <legend>{t('filtersLabel')}</legend>
      <div class="filter">
        <label for="filter-council">{t('filterCouncil')}</label>
        <select id="filter-council" value={view.council} onChange={(e) => onChange({ ...view, council: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('filterAll')}</option>
          {councils.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </div>
      <div class="filter">
        <label for="filter-service">{t('filterService')}</label>
        <input id="filter-service" type="search" value={view.service} onInput={(e) => onChange({ ...view, service: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="filter">
        <label for="filter-missing">{t('filterMissing')}</label>
        <select id="filter-missing" value={view.missing} onChange={(e) => onChange({ ...view, missing: (e.target as HTMLSelectElement).value as ChecklistItem | '' })}>
          <option value="">{t('filterAny')}</option>
          {CHECKLIST_ITEMS.map((i) => <option key={i} value={i}>{plainWords().checklist[i].full}</option>)}
        </select>
      </div>
    </fieldset>
  );
}
