import { describe, expect, it } from 'vitest';
import { councilServiceWeight } from './council-services';

describe('councilServiceWeight', () => {
  it('counts a service only councils run twice and a shared one once', () => {
    expect(councilServiceWeight('We collect business rates from you.')).toBe(2);
    expect(councilServiceWeight('Our adult social care team works with you.')).toBe(1);
    expect(councilServiceWeight('We deliver parcels.')).toBe(0);
  });
});

describe('duties councils share with few others', () => {
  it('counts the Care Act, educational psychologists and local authority duties once each', () => {
    expect(councilServiceWeight('The Care Act 2014 gives us a duty to assess your needs.')).toBe(1);
    expect(councilServiceWeight('Our educational psychologists support schools.')).toBe(1);
    expect(councilServiceWeight('Local authorities must offer public health checks.')).toBe(2);
  });
});
