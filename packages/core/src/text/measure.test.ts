import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GSM7_BASIC_CHARS, GSM7_EXTENSION_CHARS } from './gsm7.js';
import { measureText, TEXT_CHANNELS, type TextMeasure } from './measure.js';
import { transliterateToGsm7 } from './transliterate.js';

const a = (n: number): string => 'a'.repeat(n);
const ucs = (n: number): string => 'ï' + a(n - 1); // n UCS-2 units, UCS-2 because of the ï

function pick(m: TextMeasure): Partial<TextMeasure> {
  const { encoding, units, segments, perSegment, remaining, fits } = m;
  return { encoding, units, segments, perSegment, remaining, fits };
}

test('cell broadcast, GSM-7: 93 septets a page, 15 pages', () => {
  assert.deepEqual(pick(measureText(a(93), 'cell-broadcast')), {
    encoding: 'GSM-7',
    units: 93,
    segments: 1,
    perSegment: 93,
    remaining: 1302,
    fits: true,
  });
  assert.equal(measureText(a(94), 'cell-broadcast').segments, 2);
  const full = measureText(a(1395), 'cell-broadcast');
  assert.deepEqual([full.segments, full.maxSegments, full.remaining, full.fits], [15, 15, 0, true]);
  const over = measureText(a(1396), 'cell-broadcast');
  assert.deepEqual([over.segments, over.remaining, over.fits], [16, -1, false]);
});

test('cell broadcast: an extension character costs two septets and is never split across pages', () => {
  const fitsOnPage = measureText(a(91) + '€', 'cell-broadcast');
  assert.deepEqual(
    [fitsOnPage.units, fitsOnPage.segments, fitsOnPage.remainingInSegment],
    [93, 1, 0],
  );
  const straddles = measureText(a(92) + '€', 'cell-broadcast');
  // 94 septets; the 93rd septet of page 1 stays empty, the € goes to page 2.
  assert.deepEqual(
    [straddles.units, straddles.segments, straddles.remainingInSegment],
    [94, 2, 91],
  );
  assert.equal(straddles.remaining, 1395 - 95);
  // 1,395 septets in total still fit when no pair straddles a page end …
  const last = measureText(a(1393) + '€', 'cell-broadcast');
  assert.deepEqual([last.units, last.segments, last.fits], [1395, 15, true]);
  // … but not when one does: the lost septet pushes the text onto a 16th page.
  const lost = measureText(a(92) + '€' + a(1301), 'cell-broadcast');
  assert.deepEqual([lost.units, lost.segments, lost.remaining, lost.fits], [1395, 16, -1, false]);
});

test('cell broadcast, UCS-2: 41 characters a page, 615 in 15 pages', () => {
  assert.deepEqual(pick(measureText(ucs(41), 'cell-broadcast')), {
    encoding: 'UCS-2',
    units: 41,
    segments: 1,
    perSegment: 41,
    remaining: 574,
    fits: true,
  });
  assert.equal(measureText(ucs(42), 'cell-broadcast').segments, 2);
  assert.deepEqual(
    [
      measureText(ucs(615), 'cell-broadcast').segments,
      measureText(ucs(615), 'cell-broadcast').fits,
    ],
    [15, true],
  );
  const over = measureText(ucs(616), 'cell-broadcast');
  assert.deepEqual([over.segments, over.remaining, over.fits], [16, -1, false]);
});

test('an emoji costs two UCS-2 units, is not split across pages, and is reported as outside UCS-2', () => {
  const m = measureText('ï' + a(39) + '🚨', 'cell-broadcast');
  assert.deepEqual([m.encoding, m.characters, m.units, m.segments], ['UCS-2', 41, 42, 2]);
  assert.deepEqual(m.outsideBmp, [{ char: '🚨', index: 40 }]);
  assert.deepEqual(m.forcedUcs2, [
    { char: 'ï', index: 0, suggestion: 'i' },
    { char: '🚨', index: 40 },
  ]);
  assert.equal(measureText(a(39) + '🚨', 'cell-broadcast').segments, 1);
});

test('SMS, GSM-7: 160 in one part, 153 per part when concatenated', () => {
  assert.deepEqual(pick(measureText(a(160), 'sms')), {
    encoding: 'GSM-7',
    units: 160,
    segments: 1,
    perSegment: 160,
    remaining: 1530 - 160, // counted against ten 153-septet parts
    fits: true,
  });
  assert.equal(measureText(a(160), 'sms').remainingInSegment, 0);
  const two = measureText(a(161), 'sms');
  assert.deepEqual([two.segments, two.perSegment, two.remainingInSegment], [2, 153, 145]);
  assert.equal(measureText(a(306), 'sms').segments, 2);
  assert.equal(measureText(a(307), 'sms').segments, 3);
  // 159 + one extension character = 161 septets: two parts.
  assert.equal(measureText(a(159) + '€', 'sms').segments, 2);
  // A pair straddling the part end moves to the next part.
  assert.equal(measureText(a(152) + '€' + a(152), 'sms').segments, 3);
});

test('SMS, UCS-2: 70 in one part, 67 per part when concatenated', () => {
  assert.deepEqual(pick(measureText(ucs(70), 'sms')), {
    encoding: 'UCS-2',
    units: 70,
    segments: 1,
    perSegment: 70,
    remaining: 670 - 70,
    fits: true,
  });
  const two = measureText(ucs(71), 'sms');
  assert.deepEqual([two.segments, two.perSegment], [2, 67]);
  assert.equal(measureText(ucs(134), 'sms').segments, 2);
  assert.equal(measureText(ucs(135), 'sms').segments, 3);
});

test('SMS: ten parts at most', () => {
  const ten = measureText(a(1530), 'sms');
  assert.deepEqual([ten.segments, ten.maxSegments, ten.remaining, ten.fits], [10, 10, 0, true]);
  const eleven = measureText(a(1531), 'sms');
  assert.deepEqual([eleven.segments, eleven.remaining, eleven.fits], [11, -1, false]);
});

test('WEA: 360 characters by default, 90 on request, counted as characters', () => {
  assert.deepEqual(pick(measureText(a(360), 'wea')), {
    encoding: 'GSM-7',
    units: 360,
    segments: 1,
    perSegment: 360,
    remaining: 0,
    fits: true,
  });
  assert.equal(measureText(a(361), 'wea').fits, false);
  assert.equal(measureText(a(361), 'wea').remaining, -1);
  assert.equal(measureText(a(90), 'wea', { weaLimit: 90 }).fits, true);
  assert.equal(measureText(a(91), 'wea', { weaLimit: 90 }).fits, false);
  assert.equal(measureText(a(91), 'wea', { weaLimit: 90 }).segments, 2);
  // € and an emoji are one character each on WEA.
  assert.equal(measureText('€🚨', 'wea').units, 2);
  assert.equal(measureText('€🚨', 'wea').maxSegments, 1);
});

test('empty text takes no segment and fits', () => {
  for (const channel of TEXT_CHANNELS) {
    const m = measureText('', channel);
    assert.deepEqual([m.units, m.segments, m.fits, m.encoding], [0, 0, true, 'GSM-7'], channel);
  }
});

test('Dutch warning: GSM-7, exact septets and pages', () => {
  const text =
    'Er is een grote brand in Rotterdam-Noord. Sluit ramen en deuren en zet ventilatie uit. ' +
    'Meer informatie: www.nl-alert.nl';
  const m = measureText(text, 'cell-broadcast');
  assert.deepEqual([m.encoding, m.characters, m.units, m.segments], ['GSM-7', 119, 119, 2]);
  assert.deepEqual(m.forcedUcs2, []);
});

test('Dutch warning with ï and € : the trema forces UCS-2, the euro does not', () => {
  const euro = measureText('Boete tot € 500 [art. 5]', 'sms');
  assert.deepEqual([euro.encoding, euro.characters, euro.units], ['GSM-7', 24, 27]);
  const m = measureText('Houd u geïnformeerd via de regionale omroep.', 'cell-broadcast');
  assert.deepEqual([m.encoding, m.units, m.segments], ['UCS-2', 44, 2]);
  assert.deepEqual(m.forcedUcs2, [{ char: 'ï', index: 9, suggestion: 'i' }]);
});

test('French warning: ê and the narrow no-break space force UCS-2; é and à do not', () => {
  const m = measureText('Fermez portes et fenêtres\u202f! Restez à l’intérieur.', 'cell-broadcast');
  assert.equal(m.encoding, 'UCS-2');
  assert.deepEqual(m.forcedUcs2, [
    { char: 'ê', index: 20, suggestion: 'e' },
    { char: '\u202f', index: 25, suggestion: ' ' },
    { char: '’', index: 38, suggestion: "'" },
  ]);
});

test('German warning: ß and umlauts stay GSM-7', () => {
  const m = measureText(
    'Schließen Sie Fenster und Türen. Straßen in München gesperrt.',
    'cell-broadcast',
  );
  assert.deepEqual([m.encoding, m.units, m.segments], ['GSM-7', 61, 1]);
});

const gsmText = fc.string({
  unit: fc.constantFrom(...Array.from(GSM7_BASIC_CHARS + GSM7_EXTENSION_CHARS)),
  maxLength: 2000,
});
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', '€', 'ï', '🚨'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    { maxLength: 1500 },
  )
  .map((parts) => parts.join(''));
const channel = fc.constantFrom(...TEXT_CHANNELS);

test('property: a GSM-7-only string never reports UCS-2', () => {
  fc.assert(
    fc.property(gsmText, channel, (text, ch) => {
      const m = measureText(text, ch);
      assert.equal(m.encoding, 'GSM-7');
      assert.deepEqual(m.forcedUcs2, []);
    }),
  );
});

test('property: segments × perSegment covers the units, and fits agrees with remaining', () => {
  fc.assert(
    fc.property(fc.oneof(gsmText, anyText), channel, (text, ch) => {
      const m = measureText(text, ch);
      assert.ok(m.segments * m.perSegment >= m.units, JSON.stringify(pick(m)));
      assert.equal(m.fits, m.remaining >= 0);
      assert.equal(m.fits, m.segments <= m.maxSegments);
      assert.ok(m.remainingInSegment >= 0 && m.remainingInSegment <= m.perSegment);
    }),
  );
});

const latin1Letters = Array.from({ length: 0x100 - 0xc0 }, (_, i) =>
  String.fromCharCode(0xc0 + i),
).filter((c) => c !== '×' && c !== '÷');

test('property: transliterated text of Latin-1 letters measures as GSM-7', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.oneof(fc.constantFrom(...latin1Letters), fc.constantFrom('a', ' ', 'Z')),
      }),
      channel,
      (text, ch) => {
        assert.equal(measureText(transliterateToGsm7(text).text, ch).encoding, 'GSM-7');
      },
    ),
  );
});
