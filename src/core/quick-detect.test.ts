import { describe, expect, it } from 'vitest';
import { quickDetect } from './quick-detect';

describe('quickDetect', () => {
  it('flags notices by title and headings', () => {
    expect(quickDetect({ title: 'Council Tax privacy notice', url: 'https://a.gov.uk/x', headings: ['Council Tax privacy notice', 'Who we share your data with'] }).likely).toBe(true);
    expect(quickDetect({ title: 'Housing', url: 'https://a.gov.uk/housing', headings: ['Housing', 'Why we need your data', 'How long we keep it', 'Your rights'] }).likely).toBe(true);
  });
  it('passes over ordinary pages and pages about data', () => {
    expect(quickDetect({ title: 'Bin collection days', url: 'https://a.gov.uk/bins', headings: ['Bin collection days', 'Garden waste'] }).likely).toBe(false);
    expect(quickDetect({ title: 'Cookies', url: 'https://a.gov.uk/cookies', headings: ['Cookies', 'How long cookies last', 'Your rights'] }).likely).toBe(false);
    expect(quickDetect({ title: 'Privacy notices', url: 'https://a.gov.uk/privacy', headings: ['Privacy notices'] }).likely).toBe(false);
  });
});

describe('titles the first look shares with detection', () => {
  it('knows Welsh notice titles and policy pages that are not notices', () => {
    expect(quickDetect({ title: 'Hysbysiad preifatrwydd - Treth y Cyngor', url: 'https://example.gov.uk/cy', headings: ['Pam rydym yn defnyddio eich data'] }).reasons).toContain('title says privacy notice');
    expect(quickDetect({ title: 'Records management policy', url: 'https://example.gov.uk/records', headings: ['Retention schedule', 'Your rights', 'How long we keep records'] }).likely).toBe(false);
  });
});
