// Which language a notice's own words are in, so quotes can carry the right lang attribute for
// screen readers: the engine reads English and Welsh notices. Counted from common short words
// that only one of the two languages uses.
import type { Language } from './language';

const WELSH = new Set(['yw', 'yn', 'eich', 'ac', 'gyda', 'mae', 'bydd', 'ein', 'gan', 'neu', 'ar', 'i’r', "i'r", 'o’r', "o'r", 'y', 'yr', 'am', 'wedi', 'fel', 'sydd', 'hyn', 'ni', 'chi', 'gwybodaeth', 'cyngor', 'rydym', 'byddwn', 'ydych', 'â', 'ag', 'hefyd', 'dim', 'nid', 'drwy', 'hawl']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'are', 'we', 'you', 'your', 'with', 'for', 'will', 'be', 'that', 'this', 'our', 'it', 'by', 'on', 'or', 'from', 'have', 'not', 'an', 'as', 'information', 'council']);

export function languageOfText(text: string): Language {
  let welsh = 0;
  let english = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}’']+/u)) {
    if (WELSH.has(word)) welsh++;
    if (ENGLISH.has(word)) english++;
  }
  return welsh > english ? 'cy' : 'en';
}
