import { expect } from '@esm-bundle/chai';
import { fromCapXml, toCapXml, validateCapSchema } from './index.js';

const NS = 'urn:oasis:names:tc:emergency:cap:1.2';
const xml =
  `<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="${NS}">\n` +
  '  <identifier>NL-1</identifier>\n  <sender>s@example.nl</sender>\n' +
  '  <sent>2026-11-23T03:12:00+01:00</sent>\n  <status>Actual</status>\n' +
  '  <msgType>Alert</msgType>\n  <scope>Public</scope>\n' +
  '  <info>\n    <category>Fire</category>\n    <event>Brand</event>\n' +
  '    <urgency>Immediate</urgency>\n    <severity>Severe</severity>\n    <certainty>Observed</certainty>\n' +
  '    <area><areaDesc>Utrecht</areaDesc><polygon>52,5 52.1,5 52.1,5.1 52,5</polygon></area>\n' +
  '  </info>\n</alert>\n';

describe('CAP codec in the browser', () => {
  it('reads and writes CAP 1.2 with [lon, lat] ↔ "lat,lon"', () => {
    const r = fromCapXml(xml);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.alert.infos[0]?.areas[0]?.polygons[0]?.[0]).to.deep.equal([5, 52]);
    expect(toCapXml(r.alert)).to.contain('<polygon>52,5 52.1,5 52.1,5.1 52,5</polygon>');
  });

  it('validates against the embedded schema with xmllint-wasm in a Web Worker', async () => {
    expect(await validateCapSchema(xml)).to.deep.equal([]);
    const findings = await validateCapSchema(xml.replace('  <scope>Public</scope>\n', ''));
    expect(findings.map((f) => [f.code, f.line, f.path])).to.deep.equal([
      ['schema.invalid', 8, 'infos[0]'],
    ]);
  });

  it('refuses a DOCTYPE before libxml2 sees it', async () => {
    const xxe = xml.replace(
      '<alert',
      '<!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<alert',
    );
    expect((await validateCapSchema(xxe)).map((f) => f.code)).to.deep.equal([
      'xml.doctype-forbidden',
    ]);
    expect(fromCapXml(xxe).findings.map((f) => f.code)).to.deep.equal(['xml.doctype-forbidden']);
  });
});
