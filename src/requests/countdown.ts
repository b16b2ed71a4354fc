// "18 days left", "due today", "5 days overdue": the words for a request's days left.
import { t } from '../ext/i18n';

export function countdown(daysLeft: number): string {
  if (daysLeft > 1) return t('daysLeftMany', String(daysLeft));
  if (daysLeft === 1) return t('daysLeftOne');
  if (daysLeft === 0) return t('dueToday');
  if (daysLeft === -1) return t('daysOverdueOne');
  return t('daysOverdueMany', String(-daysLeft));
}
