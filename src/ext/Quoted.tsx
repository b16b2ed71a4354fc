// A sentence with the notice's own words (inside “…”) marked as the notice's language, so a
// screen reader reading the Welsh interface says the quoted English as English.
// The engine reads English notices only (it flags a page "not written in English").
const NOTICE_LANGUAGE = 'en';

export function Quoted({ text }: { text: string }) {
  const parts = text.split(/(“[^”]*”)/);
  return <>{parts.map((part, i) => (i % 2 ? <span key={i} lang={NOTICE_LANGUAGE}>{part}</span> : part))}</>;
}

/** Text that is wholly the notice's own words. */
export const NoticeText = ({ text }: { text: string }) => <span lang={NOTICE_LANGUAGE}>{text}</span>;
