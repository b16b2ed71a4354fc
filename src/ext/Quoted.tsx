// A sentence with the notice's own words (inside “…”) marked as the language they are in, so a
// screen reader reading the Welsh interface says quoted English as English, and the English
// interface says a Welsh notice's words as Welsh.
import { languageOfText } from '../core/i18n/text-language';

export function Quoted({ text }: { text: string }) {
  const parts = text.split(/(“[^”]*”)/);
  return <>{parts.map((part, i) => (i % 2 ? <span key={i} lang={languageOfText(part)}>{part}</span> : part))}</>;
}

/** Text that is wholly the notice's own words. */
export const NoticeText = ({ text }: { text: string }) => <span lang={languageOfText(text)}>{text}</span>;
