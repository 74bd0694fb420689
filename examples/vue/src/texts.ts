/** The host's own texts; the elements translate themselves from their `lang` attribute. */
export const TEXTS = {
  nl: {
    title: 'Sirene — operatorpagina (Vue)',
    language: 'Taal',
    theme: 'Thema',
    'theme-default': 'Standaard',
    'theme-dark': 'Donker',
    'theme-high-contrast': 'Hoog contrast',
    'theme-nl-design-system': 'NL Design System',
    area: '1. Gebied',
    message: '2. Bericht',
    preview: '3. Controle',
    procedure: 'Stappenplan',
    send: 'Uitzenden',
    'sent-summary': 'CAP-bericht dat de host zou versturen',
    'blocked-checklist': 'Het stappenplan is nog niet af: {count} open.',
    'blocked-ready': 'Het bericht is nog niet gereed gemeld.',
    'blocked-preview': 'De controle van het CAP-bericht is nog niet foutloos.',
    'ready-refused': 'Niet gereed gemeld: het gebied heeft nog fouten. Herstel ze op de kaart.',
    'ready-refused-empty': 'Niet gereed gemeld: teken eerst het gebied op de kaart.',
    sent: 'Dit voorbeeld heeft geen meldkamer-backend: hieronder staat de CAP 1.2 XML die de host nu zou versturen.',
  },
  en: {
    title: 'Sirene — operator page (Vue)',
    language: 'Language',
    theme: 'Theme',
    'theme-default': 'Default',
    'theme-dark': 'Dark',
    'theme-high-contrast': 'High contrast',
    'theme-nl-design-system': 'NL Design System',
    area: '1. Area',
    message: '2. Message',
    preview: '3. Check',
    procedure: 'Procedure',
    send: 'Broadcast',
    'sent-summary': 'CAP message the host would send',
    'blocked-checklist': 'The procedure is not finished: {count} open.',
    'blocked-ready': 'The message is not marked ready yet.',
    'blocked-preview': 'The CAP check still shows errors.',
    'ready-refused': 'Not marked ready: the area still has errors. Repair them on the map.',
    'ready-refused-empty': 'Not marked ready: draw the area on the map first.',
    sent: 'This example has no dispatch backend: below is the CAP 1.2 XML the host would send now.',
  },
} as const;

export type HostLang = keyof typeof TEXTS;
export type TextKey = keyof (typeof TEXTS)['nl'];

export function translate(
  lang: HostLang,
  key: TextKey,
  params: Record<string, string | number> = {},
): string {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
