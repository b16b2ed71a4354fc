import { describe, expect, it } from 'vitest';
import { topicOfLeadIn } from '../sections';
import { topicsOfHeading } from './lexicon';

describe('headings about purposes', () => {
  it('reads questions about use whoever the subject is', () => {
    expect(topicsOfHeading('How will the library use your details')).toContain('purposes');
    expect(topicsOfHeading('How do councillors use the information you give them')).toContain('purposes');
  });
  it('reads a heading that is an opener cut short', () => {
    expect(topicsOfHeading('We ask for these details so that we can')).toContain('purposes');
    expect(topicsOfHeading('Your details are needed in order to:')).toContain('purposes');
  });
  it('reads "What we collect and why" as both data and purposes', () => {
    expect(topicsOfHeading('What data do we collect and why?')).toEqual(expect.arrayContaining(['purposes', 'data-collected']));
  });
  it('does not read unrelated headings as purposes', () => {
    expect(topicsOfHeading('How to contact us')).not.toContain('purposes');
    expect(topicsOfHeading('How long we keep your records')).not.toContain('purposes');
  });
});

describe('lead-ins', () => {
  it('reads a "Processing activity – … relating to:" label as purposes, but not other lists that mention activities', () => {
    expect(topicOfLeadIn('Processing activity - we process personal information relating to:')).toBe('purposes');
    expect(topicOfLeadIn('We process personal data relating to:')).not.toBe('purposes');
    expect(topicOfLeadIn('Information needed - our processing activities may include:')).not.toBe('purposes');
  });
  it('gives a list under a sharing sentence to recipients and under "use it to:" to purposes', () => {
    expect(topicOfLeadIn('We may share your information with:')).toBe('recipients');
    expect(topicOfLeadIn('We use it to:')).toBe('purposes');
  });
});
