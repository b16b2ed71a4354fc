import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, type MessageTable } from './format-message';

const table: MessageTable = {
  plain: { message: 'Try again' },
  numbered: { message: '$1 of $2' },
  named: { message: 'Email $WHO$ about $Topic$', placeholders: { who: { content: '$1' }, topic: { content: 'your data ($2)' } } },
  dollars: { message: 'Costs $$5' },
};

describe('formatMessage', () => {
  it('returns a message as written', () => expect(formatMessage(table, 'plain')).toBe('Try again'));
  it('fills $1…$9 from the substitutions, in order', () => expect(formatMessage(table, 'numbered', ['3', '7'])).toBe('3 of 7'));
  it('fills named placeholders from their content, whatever their case', () => {
    expect(formatMessage(table, 'named', ['dpo@x.gov.uk', 'access'])).toBe('Email dpo@x.gov.uk about your data (access)');
  });
  it('leaves nothing behind when a substitution is missing', () => expect(formatMessage(table, 'numbered', ['3'])).toBe('3 of '));
  it('writes $$ as a dollar sign', () => expect(formatMessage(table, 'dollars')).toBe('Costs $5'));
  it('is null for an unknown key', () => expect(formatMessage(table, 'nope')).toBeNull());
});

describe('placeholdersOf', () => {
  it('lists numbered and named placeholders once each', () => {
    expect(placeholdersOf({ message: '$2 and $1 and $1' })).toEqual(['$1', '$2']);
    expect(placeholdersOf(table.named!)).toEqual(['$topic$', '$who$']);
    expect(placeholdersOf(table.plain!)).toEqual([]);
  });
});
