// The words for each right in the interface (its name and what it lets you do), from _locales.
import type { LetterRight } from '../core/letters/rights';
import type { RequestStatus } from '../core/requests/types';
import { t } from './i18n';

const key = (right: LetterRight) => right.replace(/-/g, '_');

export const rightName = (right: LetterRight) => t(`right_${key(right)}`);
export const rightIntro = (right: LetterRight) => t(`rightIntro_${key(right)}`);
export const statusName = (status: RequestStatus) => t(`status_${status}`);
