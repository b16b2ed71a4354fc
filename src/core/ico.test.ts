import { describe, expect, it } from 'vitest';
import { ICO_LINKS, ICO_LINKS_CY, icoLinks, isIcoUrl } from './ico';

describe('ICO links', () => {
  it('go to the ICO’s own Welsh pages in Welsh, its English pages otherwise', () => {
    expect(icoLinks('en')).toBe(ICO_LINKS);
    expect(icoLinks('cy')).toBe(ICO_LINKS_CY);
    expect(ICO_LINKS_CY.complain).toMatch(/^https:\/\/cy\.ico\.org\.uk\//);
    expect(ICO_LINKS_CY.subjectAccessGuide).toMatch(/^https:\/\/cy\.ico\.org\.uk\//);
  });
  it('are all the ICO’s, over https, in both languages', () => {
    for (const links of [ICO_LINKS, ICO_LINKS_CY]) {
      for (const url of [links.complain, links.subjectAccessGuide, links.registerEntry('Z1234567')]) {
        expect(url).toMatch(/^https:/);
        expect(isIcoUrl(url)).toBe(true);
      }
    }
  });
});
