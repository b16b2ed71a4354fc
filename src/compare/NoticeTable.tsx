// The comparison as a real table: one row per saved notice, grouped by council with the
// council's score, a column per checklist item (icon and word, never colour alone), sortable
// columns announced with aria-sort.
import { noticeScore } from '../core/library/score';
import type { SavedNotice } from '../core/library/types';
import { CHECKLIST_ITEMS, type AnswerStatus, type ChecklistStatus, type RetentionStatus } from '../core/types';
import { plainWords, t } from '../ext/i18n';
import { SafeLink } from '../ext/SafeLink';
import { groupByCouncil, type SortKey, type View } from '../core/library/table';

const STATUS: Record<ChecklistStatus | 'n/a', { icon: string; word: () => string }> = {
  present: { icon: '✓', word: () => t('statusPresent') },
  missing: { icon: '✕', word: () => t('statusMissingShort') },
  unclear: { icon: '?', word: () => t('statusUnclearShort') },
  'n/a': { icon: '–', word: () => t('statusNotApplicable') },
};
const ANSWER: Record<AnswerStatus, string> = { yes: 'answerYes', no: 'answerNo', unanswered: 'answerUnanswered', 'not-stated': 'answerNotStated' };
const RETENTION: Record<RetentionStatus, string> = { period: 'retentionPeriod', schedule: 'retentionSchedule', vague: 'retentionVague', 'not-stated': 'retentionNotStated' };

function SortHeader({ label, sortKey, view, onSort, class: className }: { label: string; sortKey: SortKey; view: View; onSort: (k: SortKey) => void; class?: string }) {
  const active = view.sort === sortKey;
  return (
    <th scope="col" class={className} aria-sort={active ? (view.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => onSort(sortKey)}>
        {label}<span aria-hidden="true">{active ? (view.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

export function NoticeTable({ rows, view, onSort, onDetails, onRemove }: {
  rows: SavedNotice[]; view: View; onSort: (k: SortKey) => void; onDetails: (n: SavedNotice) => void; onRemove: (n: SavedNotice) => void;
}) {
  const groups = groupByCouncil(rows);
  const columns = 9 + CHECKLIST_ITEMS.length;
  const checklist = plainWords().checklist;
  return (
    <div class="table-scroll" role="region" aria-label={t('tableRegion')} tabIndex={0}>
      <table>
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <SortHeader label={t('colService')} sortKey="service" view={view} onSort={onSort} />
            <SortHeader label={t('colScore')} sortKey="score" view={view} onSort={onSort} />
            {CHECKLIST_ITEMS.map((i) => (
              <th key={i} scope="col" class="check-col"><abbr title={checklist[i].full}>{checklist[i].short}</abbr><span class="visually-hidden">: {checklist[i].full}</span></th>
            ))}
            <th scope="col">{t('colRetention')}</th>
            <SortHeader label={t('colRecipients')} sortKey="recipients" view={view} onSort={onSort} />
            <SortHeader label={t('colRights')} sortKey="rights" view={view} onSort={onSort} />
            <th scope="col">{t('colTransfers')}</th>
            <th scope="col">{t('colAutomated')}</th>
            <SortHeader label={t('colUpdated')} sortKey="updated" view={view} onSort={onSort} />
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.council}>
            <tr class="group-row">
              <th scope="colgroup" colSpan={columns}>{t('councilScore', g.council, String(g.score))}</th>
            </tr>
            {g.notices.map((n) => {
              const s = n.summary;
              return (
                <tr key={n.id}>
                  <th scope="row" class="service"><SafeLink href={n.url || null}>{n.service}</SafeLink><span class="row-title">{n.title}</span></th>
                  <td class="num">{noticeScore(s)}</td>
                  {CHECKLIST_ITEMS.map((i) => {
                    const status = s.checklist.find((c) => c.item === i)?.status ?? 'n/a';
                    return <td key={i} class={`check check-${status === 'n/a' ? 'na' : status}`}><span aria-hidden="true">{STATUS[status].icon} </span>{STATUS[status].word()}</td>;
                  })}
                  <td>{t(RETENTION[s.retention.status])}{s.retention.periods.length ? `: ${s.retention.periods.slice(0, 2).join('; ')}` : ''}</td>
                  <td class="num">{s.recipients.length}</td>
                  <td class="num">{s.rights.length}</td>
                  <td>{t(ANSWER[s.internationalTransfers.status])}</td>
                  <td>{t(ANSWER[s.automatedDecisionMaking.status])}</td>
                  <td>{s.lastUpdated ?? '—'}</td>
                  <td class="row-actions">
                    <button type="button" onClick={() => onDetails(n)} aria-label={t('detailsFor', n.title)}>{t('details')}</button>
                    <button type="button" onClick={() => onRemove(n)} aria-label={t('removeFor', n.title)}>{t('remove')}</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
