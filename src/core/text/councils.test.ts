import { describe, expect, it } from 'vitest';
import { findCouncilNames, isCouncilName, isLocalGovHost, councilOfHost, isCouncilHost } from './councils';

const names = (t: string) => findCouncilNames(t).map((f) => f.name);

describe('council names', () => {
  it('finds the common styles of name', () => {
    expect(names('Anytown Borough Council is the controller.')).toEqual(['Anytown Borough Council']);
    expect(names('The City of Wolverley Council runs this.')).toEqual(['City of Wolverley Council']);
    expect(names('Contact the London Borough of Southwark today')).toEqual(['London Borough of Southwark']);
    expect(names('West Midshire Combined Authority holds it')).toEqual(['West Midshire Combined Authority']);
    expect(names('Cyngor Sir Ynys Môn')).toEqual(['Cyngor Sir Ynys Môn']);
    expect(names('Comhairle nan Eilean Siar')).toEqual(['Comhairle nan Eilean Siar']);
  });
  it('does not take other councils for local authorities', () => {
    expect(isCouncilName('Arts Council England')).toBe(false);
    expect(isCouncilName('Medical Research Council')).toBe(false);
    expect(names('the council will keep it')).toEqual([]);
  });
  it('tells a council host from a national one', () => {
    expect(isLocalGovHost('www.anytown.gov.uk')).toBe(true);
    expect(isLocalGovHost('democracy.anytown.gov.uk')).toBe(true);
    expect(isLocalGovHost('www.gov.uk')).toBe(false);
    expect(isLocalGovHost('www.hmrc.gov.uk')).toBe(false);
    expect(isLocalGovHost('apply.service.gov.uk')).toBe(false);
    expect(isLocalGovHost('example.com')).toBe(false);
  });
});

describe('council hosts', () => {
  it('finds a listed council from its own host or a sub-domain of it', () => {
    expect(councilOfHost('www.wolverhampton.gov.uk')).toBe('City of Wolverhampton Council');
    expect(councilOfHost('openportal.scambs.gov.uk')).toBe('South Cambridgeshire District Council');
    expect(councilOfHost('www.gov.uk')).toBeNull();
    expect(councilOfHost('example.com')).toBeNull();
  });
  it('knows parish and town councils by their own domains, and national sites as not councils', () => {
    expect(isCouncilHost('www.sometownparishcouncil.org.uk')).toBe(true);
    expect(isCouncilHost('anytowntowncouncil.gov.uk')).toBe(true);
    expect(isCouncilHost('www.gov.uk')).toBe(false);
    expect(isCouncilHost('www.hmrc.gov.uk')).toBe(false);
    expect(isCouncilHost('www.example-surgery.nhs.uk')).toBe(false);
  });
});
