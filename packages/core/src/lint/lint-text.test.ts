import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../validation/finding.js';
import { detectLanguage } from './detect.js';
import { hasActionAdvice, hasMoreInfo, lintText } from './lint-text.js';
import type { LintTextOptions } from './types.js';

const EV: LintTextOptions = { context: 'extreme-violence' };

/** The findings of one code, as “matched text” (severity). */
function hits(text: string, code: string, options: LintTextOptions = EV): string[] {
  return lintText(text, options)
    .filter((f) => f.code === code)
    .map((f) => `${f.range ? text.slice(f.range.start, f.range.end) : ''} (${f.severity})`);
}

test('motive: naming terrorism, jihad, extremism or a motive is flagged in every language', () => {
  const cases: [string, Lang, string][] = [
    [
      'Terroristische aanslag bij het Centraal Station. Verlaat direct het gebied.',
      'nl',
      'Terroristische',
    ],
    ['Mogelijk terrorisme in Utrecht. Verlaat direct het gebied.', 'nl', 'terrorisme'],
    [
      'Terreurdreiging in het centrum. Volg instructies op van hulpdiensten.',
      'nl',
      'Terreurdreiging',
    ],
    ['Het motief is nog onbekend. Verlaat direct het gebied.', 'nl', 'motief'],
    ['Vermoedelijk jihadistische daders. Verberg je.', 'nl', 'jihadistische'],
    ['Possible terrorist attack at the station. Leave the area immediately.', 'en', 'terrorist'],
    ['The attack was religiously motivated. Leave the area.', 'en', 'religiously motivated'],
    ['Attentat terroriste à la gare. Quittez immédiatement la zone.', 'fr', 'terroriste'],
    [
      'Mögliche Terroranschlag am Bahnhof. Verlassen Sie sofort das Gebiet.',
      'de',
      'Terroranschlag',
    ],
    [
      'Ein rechtsextremistischer Täter. Verlassen Sie sofort das Gebiet.',
      'de',
      'rechtsextremistischer',
    ],
  ];
  for (const [text, lang, word] of cases) {
    assert.deepEqual(hits(text, 'lint.motive', { ...EV, lang }), [`${word} (error)`], text);
  }
  // Without a language every language's words apply; outside extreme violence a warning.
  assert.deepEqual(hits('Terrorist attack. Leave the area.', 'lint.motive', {}), [
    'Terrorist (warning)',
  ]);
});

test('motive: acts are not motives — aanslag, bomaanslag, attack, attentat, Anschlag — and look-alike words pass', () => {
  const texts = [
    'Bomaanslag bij het Centraal Station. Verlaat direct het gebied.',
    'Er is een aanslag gepleegd op het Plein. Verlaat direct het gebied.',
    'Extreem geweld in het centrum. Blijf weg van het terrein en het terras.',
    'Large shooting and a knife attack at the station. Leave the area immediately.',
    'Attentat à la bombe près de la gare. Quittez la zone. Tremblement de terre.',
    'Anschlag am Bahnhof. Verlassen Sie sofort das Gebiet. Extremes Wetter.',
    'Explosie in de haven. Volg instructies op van hulpdiensten.',
  ];
  for (const text of texts) assert.deepEqual(hits(text, 'lint.motive'), [], text);
});

test('gather-at-place: calls to gather or to come to a place are errors, with the place in the range', () => {
  const cases: [string, string][] = [
    ['Schietpartij. Verzamel bij het stadhuis.', 'Verzamel bij het stadhuis'],
    [
      'Verzamelt u zich op de Grote Markt en wacht op de politie.',
      'Verzamelt u zich op de Grote Markt',
    ],
    ['Ga naar het verzamelpunt. Verlaat het station.', 'Ga naar het verzamelpunt'],
    ['Kom naar het sportpark voor opvang.', 'Kom naar het sportpark voor opvang'],
    ['Shooting. Gather at the town hall.', 'Gather at the town hall'],
    ['Go to the assembly point on Main Street.', 'Go to the assembly point on Main Street'],
    ['Fusillade. Rassemblez-vous sur la place.', 'Rassemblez-vous sur la place'],
    ['Schießerei. Versammeln Sie sich am Marktplatz.', 'Versammeln Sie sich am Marktplatz'],
  ];
  for (const [text, range] of cases) {
    assert.deepEqual(hits(text, 'lint.gather-at-place'), [`${range} (error)`], text);
  }
});

test('gather-at-place: "go to <place>" is a warning in extreme violence only', () => {
  const cases: [string, string][] = [
    ['Schietpartij. Ga naar het Stationsplein en volg de politie.', 'Ga naar het Stationsplein'],
    ['Ga direct naar de Jaarbeurs.', 'Ga direct naar de Jaarbeurs'],
    ['Shooting. Go to the town hall square and wait.', 'Go to the town hall square'],
    ['Allez à la mairie.', 'Allez à la mairie'],
    ['Begeben Sie sich zum Marktplatz.', 'Begeben Sie sich zum Marktplatz'],
    ['Gehen Sie zur Stadthalle.', 'Gehen Sie zur Stadthalle'],
  ];
  for (const [text, range] of cases) {
    assert.deepEqual(hits(text, 'lint.gather-at-place'), [`${range} (warning)`], text);
  }
  // In a flood, sending people to a reception centre is normal advice.
  assert.deepEqual(
    hits('Ga naar de opvanglocatie in sporthal De Boog.', 'lint.gather-at-place', {}),
    [],
  );
});

test('gather-at-place: going inside, home, upstairs or to a safe place, leaving, negations and web addresses pass', () => {
  const texts = [
    'Schietpartij. Ga naar binnen en sluit de deuren.',
    'Kom naar binnen en blijf uit de buurt van ramen.',
    'Ga direct naar huis of ga naar een veilige plek.',
    'Verlaat direct het gebied. Ga niet naar het centrum.',
    'Verzamel uw spullen en verlaat het gebied.',
    'Ga naar nl-alert.nl voor meer informatie.',
    'Kijk voor meer informatie op https://www.politie.nl.',
    'Leave the area immediately. Do not go to the station. Go inside.',
    'Go to a safe place and stay there. Go to www.politie.nl for updates.',
    'Quittez immédiatement la zone. Allez à l’intérieur.',
    'Réfugiez-vous dans un bâtiment. N’allez pas à la gare.',
    'Verlassen Sie sofort das Gebiet. Gehen Sie nach Hause.',
    'Gehen Sie in ein Gebäude. Gehen Sie nicht zum Bahnhof.',
    'Volg instructies op van hulpdiensten. Geef hulpdiensten de ruimte.',
  ];
  for (const text of texts) assert.deepEqual(hits(text, 'lint.gather-at-place'), [], text);
});

test('search-area: what the police know is flagged in extreme violence, a warning in the after-phase', () => {
  const after: LintTextOptions = { ...EV, phase: 'after' };
  const cases: [string, string[]][] = [
    [
      'De dader is gevlucht richting Amersfoort. De politie zoekt in de wijk Lombok.',
      ['is gevlucht (warning)', 'politie zoekt (warning)'],
    ],
    ['Zoekgebied: Utrecht-Oost. Blijf binnen.', ['Zoekgebied (warning)']],
    [
      'Let op een grijze vluchtauto met kenteken 12-ABC-3.',
      ['vluchtauto (warning)', 'kenteken (warning)'],
    ],
    [
      'The suspect fled towards the station and was last seen on Main Street.',
      ['fled (warning)', 'last seen (warning)'],
    ],
    ['Le suspect a pris la fuite. Quittez la zone.', ['a pris la fuite (warning)']],
    ['Der Täter ist auf der Flucht. Bleiben Sie drinnen.', ['auf der Flucht (warning)']],
  ];
  for (const [text, expected] of cases)
    assert.deepEqual(hits(text, 'lint.search-area', after), expected, text);
  assert.deepEqual(
    hits('Le suspect a pris la fuite.', 'lint.search-area', { ...EV, phase: 'acute' }),
    ['a pris la fuite (info)'],
  );
  assert.deepEqual(hits('De dader is gevlucht.', 'lint.search-area', {}), [], 'general context');
  for (const text of [
    'Lock-down. Blijf binnen en volg instructies op van autoriteiten.',
    'Verlaat direct het gebied of verberg je.',
    'Stay inside and lock the doors. Follow the instructions of the authorities.',
  ]) {
    assert.deepEqual(hits(text, 'lint.search-area', after), [], text);
  }
});

test('action advice and more information: the text as a whole', () => {
  assert.deepEqual(hits('Grote brand met veel rook in Delft.', 'lint.no-action', {}), [
    ' (warning)',
  ]);
  assert.deepEqual(
    hits('Grote brand. Volg voor meer informatie @VRHaaglanden.', 'lint.no-action', {}),
    [' (warning)'],
  );
  assert.deepEqual(hits('Grote brand. Sluit ramen en deuren.', 'lint.no-action', {}), []);
  assert.deepEqual(
    hits('Dit is een controlebericht. U hoeft niets te doen.', 'lint.no-action', {}),
    [],
  );
  assert.deepEqual(hits('Grote brand. Sluit ramen en deuren.', 'lint.no-more-info', {}), [
    ' (info)',
  ]);
  assert.ok(hasMoreInfo('Meer informatie op nl-alert.nl'));
  assert.ok(hasMoreInfo('Follow @politie for more information.'));
  assert.ok(hasMoreInfo('Suivez https://www.be-alert.be'));
  assert.ok(!hasMoreInfo('Sluit ramen en deuren.'));
  assert.ok(hasActionAdvice('Verlassen Sie das Gebiet.', ['de']));
  assert.ok(hasActionAdvice('Ne buvez pas l’eau du robinet.', ['fr']));
  assert.ok(!hasActionAdvice('Incendie avec fumée nocive.', ['fr']));
});

test('general checks: capitals, http addresses, exclamation marks and placeholders, with ranges and suggestions', () => {
  const text =
    'GA NU NAAR BINNEN!!! Sluit ramen! Zie http://www.vr.nl/brand. Bij {location} en XXX [plaats]!';
  const findings = lintText(text, { lang: 'nl' });
  const at = (code: string) =>
    findings
      .filter((f) => f.code === code)
      .map((f) => [text.slice(f.range!.start, f.range!.end), f.severity]);
  assert.deepEqual(at('lint.all-caps'), [['GA NU NAAR BINNEN', 'warning']]);
  assert.deepEqual(at('lint.exclamation'), [
    ['!!!', 'warning'],
    ['! Zie http://www.vr.nl/brand. Bij {location} en XXX [plaats]!', 'warning'],
  ]);
  assert.deepEqual(at('lint.insecure-url'), [['http://www.vr.nl/brand', 'warning']]);
  assert.deepEqual(at('lint.placeholder'), [
    ['{location}', 'error'],
    ['XXX', 'error'],
    ['[plaats]', 'warning'],
  ]);
  const caps = findings.find((f) => f.code === 'lint.all-caps');
  assert.equal(
    caps?.suggestion,
    'Schrijf het met gewone hoofd- en kleine letters: “Ga nu naar binnen”.',
  );
  assert.match(
    findings.find((f) => f.code === 'lint.insecure-url')?.suggestion ?? '',
    /https:\/\/www\.vr\.nl\/brand/,
  );
  assert.ok(findings.every((f) => f.source === 'text' && f.path === ''));
  // Sorted by position, whole-text findings last.
  const starts = findings.filter((f) => f.range).map((f) => f.range!.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
});

test('general checks leave ordinary warnings alone', () => {
  const texts = [
    'OEFENING OEFENING OEFENING Dit is een oefening. U hoeft niets te doen. Meer informatie: nl-alert.nl',
    'NL-Alert 23-11-2026 03:12: Grote brand bij de A12. Sluit ramen en deuren. https://www.vru.nl',
    'Gaslek bij de GGD. Verlaat het gebied! Meer informatie op www.vru.nl',
  ];
  for (const text of texts) {
    const findings = lintText(text).filter((f) => f.severity !== 'info');
    assert.deepEqual(findings, [], text);
  }
});

test('messages follow the text’s language unless asked otherwise', () => {
  const nl = lintText('Verzamel bij het stadhuis en wacht af.', EV);
  assert.match(nl[0]?.message ?? '', /stuurt mensen naar een plek/);
  assert.match(nl[0]?.suggestion ?? '', /Verlaat direct het gebied/);
  const de = lintText('Verzamel bij het stadhuis en wacht af.', { ...EV, messageLang: 'de' });
  assert.match(de[0]?.message ?? '', /schickt Menschen an einen Ort/);
  const fr = lintText('Rassemblez-vous devant la mairie et attendez la police.', EV);
  assert.match(fr[0]?.message ?? '', /envoie les gens vers un lieu/);
});

test('detectLanguage recognizes the four languages and gives up on too little text', () => {
  assert.equal(detectLanguage('Verlaat direct het gebied en sluit de ramen.'), 'nl');
  assert.equal(detectLanguage('Leave the area and close the windows.'), 'en');
  assert.equal(detectLanguage('Quittez la zone et fermez les fenêtres.'), 'fr');
  assert.equal(detectLanguage('Verlassen Sie das Gebiet und schließen Sie die Fenster.'), 'de');
  assert.equal(detectLanguage('Explosie!'), undefined);
  assert.equal(detectLanguage(''), undefined);
});
