// The message area of an extension page: polite status, or an alert with an optional list.
// Always present (empty when quiet), so screen readers announce what is put in it.
export type Message = { kind: 'status' | 'alert'; text: string; list?: string[] };

export function PageMessage({ message }: { message: Message | null }) {
  return (
    <div class={`message ${message?.kind ?? ''}`} role={message?.kind === 'alert' ? 'alert' : 'status'}>
      {message && <p>{message.text}</p>}
      {message?.list && message.list.length > 0 && <ul>{message.list.map((l) => <li key={l}>{l}</li>)}</ul>}
    </div>
  );
}
