import { describe, expect, it } from 'vitest';
import { controller } from './controller';
import { structureOf } from './test-helpers';

const name = (t: string) => controller(structureOf(t)).name;
const nameOf = (t: string) => controller(structureOf(`Privacy notice\n\n${t}`)).name;

describe('controller', () => {
  it('reads "X is the data controller"', () => {
    expect(name('Notice\n\nWho we are\n\nAnytown Borough Council is the data controller for this service.')).toBe('Anytown Borough Council');
    expect(name('Notice\n\nThe data controller is Greenfield Leisure Trust.')).toBe('Greenfield Leisure Trust');
    expect(name('Notice\n\nFor this service, Westmoor Combined Authority is a joint controller with the NHS.')).toBe('Westmoor Combined Authority');
  });
  it('falls back to the council the notice names most', () => {
    expect(name('Notice\n\nHilltop City Council runs this service. Hilltop City Council keeps your data. Contact Valley County Council for schools.')).toBe('Hilltop City Council');
  });
  it('returns null when no organisation is named', () => {
    expect(name('Notice\n\nWe are the data controller. The council keeps your data.')).toBeNull();
  });
  it('gives the sentence it read as evidence', () => {
    expect(controller(structureOf('Notice\n\nWho we are\n\nAnytown Borough Council is the data controller.')).evidence)
      .toEqual({ heading: 'Who we are', quote: 'Anytown Borough Council is the data controller.' });
  });
});

describe('registered controllers', () => {
  it('reads "X is registered with the ICO as a data controller"', () => {
    expect(name('Notice\n\nAbout us\n\nRiverdale Town Council is registered with the ICO as a data controller.')).toBe('Riverdale Town Council');
  });
});

describe('organisations that name themselves without a controller sentence', () => {
  it('reads "how X uses your information" and "X ("we")"', () => {
    expect(nameOf('Here you can read how the Anytown Carers Forum uses your details.')).toBe('Anytown Carers Forum');
    expect(nameOf('Hillside Surgery ("we", "us") looks after your records.')).toBe('Hillside Surgery');
  });
  it('never takes the Information Commissioner, or a link to another notice, as the controller', () => {
    expect(nameOf('The Information Commissioner is the data controller for its own records only.')).toBeNull();
    expect(nameOf('Read the privacy notice for the Parking Services')).toBeNull();
  });
});

describe('more ways an organisation names itself', () => {
  it('reads "We, X (ABC), are the ‘data controller’" and "controlled by X"', () => {
    expect(nameOf('We, Hillside Learning Trust (HLT), are the ‘data controller’ for your records.')).toBe('Hillside Learning Trust');
    expect(nameOf('Information given to us is controlled by Riverside Homes Ltd, Riverside House.')).toBe('Riverside Homes Ltd');
  });
  it('reads "what personal data X collects" and "X has a responsibility to…"', () => {
    expect(nameOf('Here we set out what personal data Lakeside Fire and Rescue Service collects when it visits you.')).toBe('Lakeside Fire and Rescue Service');
    expect(nameOf('Brookside Water Limited has a duty to look after your details.')).toBe('Brookside Water Limited');
  });
  it('does not take "Some Council services" as a council', () => {
    expect(nameOf('Some Council offices are shut today.')).toBeNull();
  });
});

describe('controller sentences that need their subject', () => {
  it('does not read a later law name when the sentence says "the council is the controller"', () => {
    expect(nameOf('About us\n\nThe council is the data controller for the purposes of the Data Protection Act 2018 and the UK General Data Protection Regulation.\n\nAnytown Borough Council looks after your records.')).toBe('Anytown Borough Council');
  });
  it('reads "X is the legal body and remains the controller" and "X as data controller"', () => {
    expect(nameOf('About us\n\nThe Northern Hills Joint Committee is the legal body and remains the data controller.')).toBe('Northern Hills Joint Committee');
    expect(nameOf('About us\n\nThe Lakeside Library Trust, as data controller, is responsible for your details.')).toBe('Lakeside Library Trust');
  });
});
