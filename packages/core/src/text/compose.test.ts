import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CapInfo } from '../model/cap.js';
import { composeChannelText } from './compose.js';
import { measureText } from './measure.js';

function info(parts: Partial<CapInfo>): CapInfo {
  return {
    categories: ['Fire'],
    event: 'Grote brand',
    responseTypes: ['Shelter'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Observed',
    eventCodes: [],
    parameters: [],
    resources: [],
    areas: [],
    ...parts,
  };
}

test('headline, description, instruction and web, each on its own line', () => {
  const text = composeChannelText(
    info({
      language: 'nl-NL',
      headline: 'Grote brand in Rotterdam-Noord',
      description: 'Er komt veel rook vrij.',
      instruction: 'Sluit ramen en deuren en zet ventilatie uit.',
      web: 'https://www.nl-alert.nl',
      contact: 'not shown',
      event: 'not shown either',
    }),
  );
  assert.equal(
    text,
    'Grote brand in Rotterdam-Noord\nEr komt veel rook vrij.\n' +
      'Sluit ramen en deuren en zet ventilatie uit.\nhttps://www.nl-alert.nl',
  );
});

test('missing and blank parts are skipped', () => {
  assert.equal(
    composeChannelText(info({ headline: 'Gaslek', description: '  \n\t ', web: 'https://x.nl' })),
    'Gaslek\nhttps://x.nl',
  );
  assert.equal(composeChannelText(info({})), '');
});

test('whitespace is normalised: no trailing spaces, one space between words, CRLF → LF', () => {
  const text = composeChannelText(
    info({
      headline: '  Gaslek \t Dorpsstraat  ',
      description: 'Regel één   \r\nRegel\u00a0twee\u202f!  \r\n\r\n\r\n\r\nNieuwe alinea\n',
      instruction: 'Houd ramen dicht.   ',
    }),
  );
  assert.equal(
    text,
    'Gaslek Dorpsstraat\nRegel één\nRegel twee !\n\nNieuwe alinea\nHoud ramen dicht.',
  );
  assert.doesNotMatch(text, /[ \t]\n|[ \t]$/);
});

test('normalising removes the no-break spaces that would have forced UCS-2', () => {
  const composed = composeChannelText(info({ headline: 'Restez chez vous\u202f!' }));
  assert.equal(measureText(composed, 'cell-broadcast').encoding, 'GSM-7');
});
