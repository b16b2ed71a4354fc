// Copy the whole summary as text, and make the text smaller or larger (remembered).
import { t } from '../../ext/i18n';

export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75];

export function stepScale(scale: number, step: -1 | 1): number {
  const at = Math.max(0, TEXT_SCALES.indexOf(scale));
  return TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, at + step))]!;
}

/** onStep(-1) or onStep(+1): the caller steps from its current size, so quick repeated clicks all count. */
export function Toolbar({ scale, onStep, onCopySummary, onSave }: { scale: number; onStep: (step: -1 | 1) => void; onCopySummary: () => void; onSave?: () => void }) {
  const at = TEXT_SCALES.indexOf(scale);
  return (
    <div class="toolbar" role="group" aria-label={t('toolsLabel')}>
      <button type="button" onClick={onCopySummary}>{t('copySummary')}</button>
      {onSave && <button type="button" onClick={onSave}>{t('saveToComparison')}</button>}
      <span class="text-size">
        <button type="button" onClick={() => onStep(-1)} disabled={at <= 0}>A−<span class="visually-hidden"> {t('textSmaller')}</span></button>
        <span class="visually-hidden" aria-live="polite">{t('textSizeNow', String(Math.round(scale * 100)))}</span>
        <button type="button" onClick={() => onStep(1)} disabled={at >= TEXT_SCALES.length - 1}>A+<span class="visually-hidden"> {t('textLarger')}</span></button>
      </span>
    </div>
  );
}
