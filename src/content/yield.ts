// Hands control back to the page for a moment. A message on a fresh channel runs after any
// waiting input and paint work but, unlike setTimeout, is not slowed to 4 ms or more per call.
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
