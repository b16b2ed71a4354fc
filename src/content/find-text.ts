// Finds a quote from the summary in the live page, matching across elements and ignoring
// differences in white space, and returns the DOM range that holds it.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const MAX_NEEDLE = 120;

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text of the page with white space folded, and where each folded character came from. */
function flatten(root: Node): { text: string; nodes: Text[]; offsets: number[]; nodeIndex: number[] } {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const nodeIndex: number[] = [];
  let lastWasSpace = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    nodes.push(n);
    const value = n.data;
    for (let i = 0; i < value.length; i++) {
      const isSpace = /\s/.test(value[i]!);
      if (isSpace && lastWasSpace) continue;
      text += isSpace ? ' ' : value[i]!.toLowerCase();
      offsets.push(i);
      nodeIndex.push(nodes.length - 1);
      lastWasSpace = isSpace;
    }
    // Block boundaries read as a space.
    if (!lastWasSpace) { text += ' '; offsets.push(value.length); nodeIndex.push(nodes.length - 1); lastWasSpace = true; }
  }
  return { text, nodes, offsets, nodeIndex };
}

export function findQuote(root: Node, quote: string): Range | null {
  // A table row's quote joins its cells with " | ": look for its first cell.
  const needle = fold(quote.split(' | ')[0]!).slice(0, MAX_NEEDLE).trim();
  if (needle.length < 2) return null;
  const flat = flatten(root);
  const at = flat.text.indexOf(needle);
  if (at < 0) return null;
  const end = at + needle.length - 1;
  const range = root.ownerDocument!.createRange();
  range.setStart(flat.nodes[flat.nodeIndex[at]!]!, flat.offsets[at]!);
  const endNode = flat.nodes[flat.nodeIndex[end]!]!;
  range.setEnd(endNode, Math.min(endNode.data.length, flat.offsets[end]! + 1));
  return range;
}
