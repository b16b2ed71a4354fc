// The saved comparison library: the notices an advocacy group has saved, in a versioned format.
// Version 2 (current): one entry per page address, with a stable id, the council and service
// used for grouping, when it was first saved and when last updated, and the full summary.
import type { NoticeSummary } from '../types';

export const LIBRARY_VERSION = 2 as const;

export interface SavedNotice {
  id: string;
  url: string;
  title: string;
  council: string;
  service: string;
  firstSavedAt: string;
  savedAt: string;
  summary: NoticeSummary;
}

export interface Library {
  version: typeof LIBRARY_VERSION;
  notices: SavedNotice[];
}

export const emptyLibrary = (): Library => ({ version: LIBRARY_VERSION, notices: [] });
