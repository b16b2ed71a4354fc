// The plain words Plain Notice uses, per language (English is the default: the engine's JSON
// output and the command line speak English). Each language's table is in ./language.
import type { Language } from '../i18n/language';
import type { ChecklistItem, ChecklistStatus } from '../types';
import { cy } from './language/cy';
import { en } from './language/en';
import type { PlainWords } from './language/types';

export const PLAIN_WORDS: Record<Language, PlainWords> = { en, cy };

export const wordsFor = (language: Language = 'en'): PlainWords => PLAIN_WORDS[language];

/** The sentence for a checklist item the notice leaves out (missing) or is unclear about. */
export const gapSentence = (item: ChecklistItem, status: ChecklistStatus, language: Language = 'en') =>
  wordsFor(language).checklist[item][status === 'missing' ? 'missing' : 'unclear'];
