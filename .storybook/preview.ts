import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { THEMES, themeCss, type ThemeName } from '@sirene/ui';
import manifest from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

/** Applies the toolbar's theme and language to the story's page. */
const withThemeAndLanguage: Decorator = (story, context) => {
  const theme = (context.globals['theme'] as ThemeName | undefined) ?? 'default';
  let style = document.getElementById('sirene-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'sirene-theme';
    document.head.append(style);
  }
  style.textContent =
    themeCss(THEMES[theme] ?? {}) +
    'body { background: var(--sirene-color-surface); color: var(--sirene-color-text); }';
  const lang = context.globals['locale'] as string | undefined;
  if (lang) document.documentElement.lang = lang;
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: 'Sirene theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'nl-design-system', title: 'NL Design System' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the elements (the document language)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'en' },
  parameters: {
    controls: { expanded: true },
  },
};
export default preview;
