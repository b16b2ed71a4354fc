// The resident's own data: their details for letters (kept only if they choose), a download of
// everything Plain Notice holds about them, and deleting it all after a confirmation step.
import { useState } from 'preact/hooks';
import { DetailsForm, type useDetails } from '../ext/DetailsForm';
import { downloadText } from '../ext/download';
import { useFocusAfter } from '../ext/focus';
import { t } from '../ext/i18n';
import { deleteMyData, exportMyData } from '../ext/my-data-store';

export function MyData({ details, requests, savedNotices, onDeleted, onError }: {
  details: ReturnType<typeof useDetails>; requests: number; savedNotices: number; onDeleted: () => void; onError: (text: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  // Both answers close the confirmation: the section's heading takes the focus.
  const focus = useFocusAfter<HTMLHeadingElement>(confirming);
  const close = () => { focus.arm(); setConfirming(false); };
  const download = async () => {
    const now = new Date().toISOString();
    downloadText(await exportMyData(now), `plain-notice-my-data-${now.slice(0, 10)}.json`, 'application/json');
  };
  const remove = async () => {
    close();
    try {
      await deleteMyData();
      onDeleted();
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section class="panel" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading" tabIndex={-1} ref={focus.ref}>{t('myDataHeading')}</h2>
      <p>{t('myDataIntro')}</p>
      <DetailsForm idPrefix="my-details" state={details} />
      <div class="actions">
        <button type="button" onClick={() => void download()}>{t('exportMyData')}</button>
        {!confirming && <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('deleteMyData')}</button>}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text">{t('deleteConfirm', String(requests), String(savedNotices))}</p>
          <button type="button" class="danger" onClick={() => void remove()}>{t('deleteYes')}</button>{' '}
          <button type="button" onClick={close}>{t('deleteNo')}</button>
        </div>
      )}
    </section>
  );
}
