// The resident's name, address and reference for their letters, and the choice to remember them.
// They are stored only while "Remember my details" is ticked; unticking removes them.
import { useEffect, useState } from 'preact/hooks';
import { NO_DETAILS, type LetterDetails } from '../core/letters/compose';
import { t } from './i18n';
import { forgetDetails, readDetails, rememberDetails } from './my-data-store';

/** The details in use, loaded from storage when remembered, with setters that keep storage in step. */
export function useDetails(onStatus: (text: string) => void) {
  const [details, setDetails] = useState<LetterDetails>(NO_DETAILS);
  const [remember, setRemember] = useState(false);
  useEffect(() => {
    void readDetails().then((got) => {
      if (got) { setDetails(got); setRemember(true); }
    });
  }, []);
  const save = (next: LetterDetails) => rememberDetails(next).catch((e: unknown) => onStatus(e instanceof Error ? e.message : String(e)));
  return {
    details, remember,
    /** After everything was deleted: empty fields, nothing remembered. */
    reset: () => { setDetails(NO_DETAILS); setRemember(false); },
    /** Every change fills the letters; it is stored only if the resident chose to remember. */
    change: (next: LetterDetails) => { setDetails(next); if (remember) void save(next); },
    choose: async (on: boolean) => {
      setRemember(on);
      if (on) { await save(details); onStatus(t('detailsRemembered')); } else { await forgetDetails(); onStatus(t('detailsForgotten')); }
    },
  };
}

export function DetailsForm({ idPrefix, state }: { idPrefix: string; state: ReturnType<typeof useDetails> }) {
  const { details, remember, change, choose } = state;
  const field = (name: keyof LetterDetails) => ({
    id: `${idPrefix}-${name}`, value: details[name], autocomplete: name === 'name' ? 'name' : name === 'address' ? 'street-address' : 'off',
    onInput: (e: Event) => change({ ...details, [name]: (e.target as HTMLInputElement).value }),
  });
  return (
    <fieldset class="details-form">
      <legend>{t('detailsHeading')}</legend>
      <p class="hint" id={`${idPrefix}-hint`}>{t('detailsHint')}</p>
      <label for={`${idPrefix}-name`}>{t('detailName')}</label>
      <input type="text" {...field('name')} />
      <label for={`${idPrefix}-address`}>{t('detailAddress')}</label>
      <textarea rows={3} {...field('address')} />
      <label for={`${idPrefix}-reference`}>{t('detailReference')}</label>
      <input type="text" {...field('reference')} />
      <p class="check">
        <input type="checkbox" id={`${idPrefix}-remember`} checked={remember} aria-describedby={`${idPrefix}-hint`}
          onChange={(e) => void choose((e.target as HTMLInputElement).checked)} />
        <label for={`${idPrefix}-remember`}>{t('rememberDetails')}</label>
      </p>
    </fieldset>
  );
}
