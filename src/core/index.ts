// The engine's public face: what the command line, the tests and the extension import.
export { analyseDocument, type AnalyseOptions } from './analyse';
export { blocksFromDom } from './input/dom';
export { blocksFromText } from './input/text';
export type { Block, Link, NoticeDocument } from './document';
export * from './types';
