import { describe, expect, it } from 'vitest';
import { myDataExport, readStoredDetails, storedDetails } from './my-data';

describe('the resident’s data', () => {
  it('round-trips stored details and refuses anything else', () => {
    const details = { name: 'Ann Example', address: '1 High Street', reference: 'CT-1' };
    expect(readStoredDetails(storedDetails(details))).toEqual(details);
    expect(readStoredDetails({ version: 1, details: { name: 'Ann', address: 7 } })).toEqual({ name: 'Ann', address: '', reference: '' });
    expect(readStoredDetails({ version: 2, details })).toBeNull();
    expect(readStoredDetails('Ann')).toBeNull();
    expect(readStoredDetails(undefined)).toBeNull();
  });
  it('exports every stored key, named where known, nothing left out', () => {
    const stored = { 'pn:details': { version: 1 }, 'pn:requests': { version: 1, requests: [] }, 'pn:textScale': 1.25 };
    const file = JSON.parse(myDataExport(stored, { details: 'pn:details', requests: 'pn:requests', comparison: 'pn:library' }, '2027-03-01T00:00:00Z'));
    expect(file).toEqual({
      format: 'plain-notice-my-data', exportedAt: '2027-03-01T00:00:00Z',
      details: { version: 1 }, requests: { version: 1, requests: [] }, comparison: null, other: { 'pn:textScale': 1.25 },
    });
  });
});
