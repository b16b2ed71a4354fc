// One small line when the resident has a request open with this notice's council: how many,
// and when the next answer is due, with the way to My requests.
import { localIsoDay } from '../../core/calendar';
import { openRequestsTo, requestState } from '../../core/requests/tracker';
import type { RequestLog } from '../../core/requests/types';
import type { NoticeSummary } from '../../core/types';
import { t } from '../../ext/i18n';
import { uiDay } from '../../ext/ui-language';

export function OpenRequestLine({ log, summary, onOpen }: { log: RequestLog; summary: NoticeSummary; onOpen: () => void }) {
  const open = openRequestsTo(log, summary.controller.name, summary.source.url);
  if (!open.length) return null;
  const today = localIsoDay(new Date());
  const next = open.map((r) => requestState(r, today).dueOn).sort()[0]!;
  const council = open[0]!.council;
  return (
    <p class="open-request">
      {open.length === 1 ? t('openRequestLine', council, uiDay(next)) : t('openRequestsLine', String(open.length), council, uiDay(next))}{' '}
      <button type="button" class="link-button" onClick={onOpen}>{t('openRequests')}</button>
    </p>
  );
}
