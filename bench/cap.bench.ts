// CAP build, parse and validate throughput on a realistic message (the CAP 1.2 spec's
// thunderstorm example), each against the plain way of doing the same work in the same
// run: fast-xml-parser alone for parse and build, xmllint-wasm alone for the schema.
import { readFileSync } from 'node:fs';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { CAP_V12_XSD, fromCapXml, toCapXml, validateCapSchema, validateCapXml } from '@sirene/core';
import { compared, throughput, type Benchmark } from './lib.js';

const xml = readFileSync(
  new URL('../test/fixtures/cap/spec-examples/v1dot2_appendix_adot2.xml', import.meta.url),
  'utf8',
);
const parsed = fromCapXml(xml);
if (!parsed.ok) throw new Error('benchmark fixture does not parse');
const alert = parsed.alert;
const rawParser = new XMLParser({ ignoreAttributes: false });
const raw: unknown = rawParser.parse(xml);
const rawBuilder = new XMLBuilder({ ignoreAttributes: false, format: true });

const benchmarks: Benchmark[] = [
  {
    name: 'cap.parse',
    run: async () =>
      compared(
        await throughput(() => fromCapXml(xml), { batch: 200 }),
        'messages/s',
        await throughput(() => rawParser.parse(xml), { batch: 200 }),
        'fast-xml-parser parse alone (no screening, no model mapping)',
      ),
  },
  {
    name: 'cap.build',
    run: async () =>
      compared(
        await throughput(() => toCapXml(alert, { pretty: true }), { batch: 200 }),
        'messages/s',
        await throughput(() => rawBuilder.build(raw), { batch: 200 }),
        'fast-xml-parser build alone of the raw parse tree',
      ),
  },
  {
    name: 'cap.validate-schema',
    run: async () =>
      compared(
        await throughput(() => validateCapSchema(xml), { seconds: 3 }),
        'messages/s',
        await throughput(
          () => validateXML({ xml: [{ fileName: 'a.xml', contents: xml }], schema: [CAP_V12_XSD] }),
          { seconds: 3 },
        ),
        'xmllint-wasm validateXML alone',
      ),
  },
  {
    name: 'cap.validate-full',
    run: async () => {
      const value = await throughput(() => validateCapXml(xml, { profiles: ['eu-alert'] }), {
        seconds: 3,
      });
      return { value, unit: 'messages/s' };
    },
  },
];

export default benchmarks;
