import { describe, expect, it } from 'vitest';
import { decodeCfEmail, findEmails, isDeceptiveEmail } from './emails';

function encodeCf(email: string, key = 0x5a): string {
  return [key, ...[...email].map((c) => c.charCodeAt(0) ^ key)].map((n) => n.toString(16).padStart(2, '0')).join('');
}

describe('decodeCfEmail', () => {
  it('decodes an address hidden by Cloudflare', () => {
    expect(decodeCfEmail(encodeCf('privacy@anytown.gov.uk'))).toBe('privacy@anytown.gov.uk');
  });
  it('rejects junk', () => {
    expect(decodeCfEmail('zz')).toBeNull();
    expect(decodeCfEmail(encodeCf('not an address'))).toBeNull();
  });
});

describe('findEmails', () => {
  it('finds plain addresses once each and drops trailing punctuation', () => {
    expect(findEmails('Write to dpo@anytown.gov.uk. Or DPO@anytown.gov.uk again.')).toEqual(['dpo@anytown.gov.uk']);
  });
  it('reads addresses written out in words', () => {
    expect(findEmails('Email info.rights [at] anytown [dot] gov [dot] uk today')).toEqual(['info.rights@anytown.gov.uk']);
    expect(findEmails('Email records (at) anytown.gov.uk')).toEqual(['records@anytown.gov.uk']);
  });
  it('does not read ordinary prose as an address', () => {
    expect(findEmails('Please look at our website for more.')).toEqual([]);
  });
});

describe('isDeceptiveEmail', () => {
  it('spots council look-alike domains', () => {
    expect(isDeceptiveEmail('dpo@anytown.gov.uk.example.com')).toBe(true);
    expect(isDeceptiveEmail('dpo@anytown.gov.uk-help.com')).toBe(true);
    expect(isDeceptiveEmail('dpo@аnytown.gov.uk')).toBe(true);
    expect(isDeceptiveEmail('dpo@anytown.gov.uk')).toBe(false);
    expect(isDeceptiveEmail('privacy@anytown-leisure.co.uk')).toBe(false);
  });
});
