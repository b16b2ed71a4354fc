import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref } from './safe-url';

describe('safeHref', () => {
  it('allows only https, http, mailto and tel', () => {
    expect(safeHref('https://ico.org.uk/')).toBe('https://ico.org.uk/');
    expect(safeHref('mailto:dpo@anytown.gov.uk')).toBe('mailto:dpo@anytown.gov.uk');
    expect(safeHref('tel:01174960123')).toBe('tel:01174960123');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/1', '/relative', '', null]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
  it('refuses hidden characters and credentials', () => {
    expect(safeHref('https://ico.org.uk\u202e/moc.live')).toBeNull();
    expect(safeHref('https://ico.org.uk@evil.example/')).toBeNull();
  });
});

describe('mailtoHref and telHref', () => {
  it('builds mailto links only for real-looking addresses', () => {
    expect(mailtoHref('dpo@anytown.gov.uk', 'Subject access request', 'Dear DPO,\nPlease')).toBe('mailto:dpo@anytown.gov.uk?subject=Subject%20access%20request&body=Dear%20DPO%2C%0APlease');
    expect(mailtoHref('dpo@anytown.gov.uk?cc=evil@x.com')).toBeNull();
    expect(mailtoHref('not an email')).toBeNull();
  });
  it('builds tel links from UK numbers', () => {
    expect(telHref('0117 496 0123')).toBe('tel:01174960123');
    expect(telHref('call us')).toBeNull();
  });
});
