// The Welsh letters: every right cites its article in Welsh, names the notice and the service,
// writes dates in Welsh, keeps the placeholders English uses, and holds no English.
import { describe, expect, it } from 'vitest';
import { analyseFixture } from '../../../../tests/helpers/analyse';
import { composeFollowUp, composeLetter, targetOf } from '../compose';
import { LETTER_RIGHTS } from '../rights';
import { cy } from './cy';
import { en } from './en';
import { letterTemplates, LETTER_LANGUAGES } from './index';

const URL = 'https://www.northbrook.gov.uk/council-tax/privacy';
const target = targetOf(analyseFixture('../../samples/council-tax-privacy-notice.html', URL).summary);
const options = { today: '2026-01-05', lang: 'cy' };
const placeholders = (texts: string[]) => [...new Set(texts.join(' ').match(/\{\w+\}/g) ?? [])].sort();
const ENGLISH = /\b(the|your|please|request|dear|yours|I am|you)\b/i;

describe('Welsh letters', () => {
  it('are chosen for Welsh, whatever the region', () => {
    expect(LETTER_LANGUAGES).toContain('cy');
    expect(letterTemplates('cy')).toBe(cy);
    expect(letterTemplates('cy-GB')).toBe(cy);
  });
  it('cite each right’s article in Welsh, with their own subject and file name', () => {
    const articles = { access: '15', rectification: '16', erasure: '17', restriction: '18', objection: '21', portability: '20', 'withdraw-consent': '7(3)', 'automated-review': '22' };
    for (const right of LETTER_RIGHTS) expect(composeLetter(target, right, options).body, right).toContain(`(Erthygl ${articles[right]} o GDPR y DU)`);
    expect(new Set(LETTER_RIGHTS.map((r) => composeLetter(target, r, options).subject)).size).toBe(LETTER_RIGHTS.length);
    expect(new Set(LETTER_RIGHTS.map((r) => composeLetter(target, r, options).fileName)).size).toBe(LETTER_RIGHTS.length);
  });
  it('name the council, the notice (title, address, date read in Welsh) and the service', () => {
    for (const right of LETTER_RIGHTS) {
      const body = composeLetter(target, right, options).body;
      expect(body, right).toContain('Rwy’n ysgrifennu am hysbysiad preifatrwydd Northbrook Borough Council, "Council Tax privacy notice | Northbrook Borough Council", a ddarllenais ar 1 Ionawr 2026 yn y cyfeiriad https://www.northbrook.gov.uk/council-tax/privacy. Mae fy nghais yn ymwneud â’r gwasanaeth hwn: Council Tax.');
      expect(body, right).toContain('Atebwch o fewn un mis calendr');
    }
  });
  it('write the subject access request as the ICO and Welsh councils name it', () => {
    const letter = composeLetter(target, 'access', options);
    expect(letter).toMatchObject({ to: 'Swyddog Diogelu Data, Northbrook Borough Council', subject: 'Cais gwrthrych am wybodaeth', fileName: 'cais-gwrthrych-am-wybodaeth.txt' });
    expect(letter.body.split('\n').slice(0, 2)).toEqual(['At: Swyddog Diogelu Data, Northbrook Borough Council', 'Town Hall']);
    expect(letter.body).toContain('5 Ionawr 2026');
    expect(letter.body).toContain('Annwyl Swyddog Diogelu Data,');
    expect(letter.body).toContain('Enw llawn: [eich enw llawn]');
    expect(letter.body.trimEnd().endsWith('Yn gywir,\n[eich enw llawn]')).toBe(true);
  });
  it('say “y cyngor” when the notice does not name the council', () => {
    const bare = targetOf(analyseFixture('run-on-lists.md').summary);
    const letter = composeLetter(bare, 'erasure', options);
    expect(letter.to).toBe('Swyddog Diogelu Data, y cyngor');
    expect(letter.body).toContain('hysbysiad preifatrwydd y cyngor, "');
  });
  it('write the reminder with Welsh dates: sent 31 Ionawr, due 28 Chwefror', () => {
    const letter = composeFollowUp({ target, right: 'erasure', sentOn: '2027-01-31', dueOn: '2027-02-28', contact: 'dataprotection@northbrook.gov.uk' }, { today: '2027-03-05', lang: 'cy' });
    expect(letter.subject).toBe('Nodyn atgoffa: Cais i ddileu fy ngwybodaeth bersonol');
    expect(letter.body).toContain('Ar 31 Ionawr 2027 anfonais gais atoch chi: "Cais i ddileu fy ngwybodaeth bersonol". Anfonais ef at: dataprotection@northbrook.gov.uk.');
    expect(letter.body).toContain('roedd eich ateb yn ddyledus erbyn 28 Chwefror 2027');
    expect(letter.body).toContain('5 Mawrth 2027');
    expect(letter.body).not.toContain('Atebwch o fewn un mis calendr');
  });
  it('keep every placeholder English uses in the shared parts', () => {
    for (const part of ['toLine', 'notice', 'noticeNoUrl', 'detailLines'] as const) expect(placeholders([cy[part]].flat()), part).toEqual(expect.arrayContaining(placeholders([en[part]].flat())));
    expect(placeholders([cy.followUp.subject, ...cy.followUp.body])).toEqual(placeholders([en.followUp.subject, ...en.followUp.body]));
  });
  it('hold no English words of their own', () => {
    const texts = JSON.stringify(cy).replace(/\{\w+\}/g, ' ');
    expect(texts.match(ENGLISH)).toBeNull();
  });
});
