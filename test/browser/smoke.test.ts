import { expect } from '@esm-bundle/chai';
import { resolveLang } from '@sirene/core';

describe('browser environment', () => {
  it('loads @sirene/core from source in Chromium', () => {
    expect(resolveLang('nl-BE')).to.equal('nl');
  });
});
