import { clipText, refusedText } from './text.js';

describe('text that can be stored', () => {
  it('accepts any Unicode, pairs included', () => {
    for (const ok of ['', '李秘密', 'a😀b', '𠮷野家', '\ufffd', '\uffff']) expect(refusedText(ok)).toBeNull();
  });

  it('refuses NUL and lone surrogates, high or low, anywhere', () => {
    expect(refusedText('a\u0000b')).toMatch(/NUL/);
    for (const bad of ['\ud800', 'a\ud800', '\udfffa', 'a\udc00b', '😀\ud83d', '\ude00😀']) expect(refusedText(bad)).toMatch(/surrogate/);
  });

  it('clips without cutting a pair in half', () => {
    expect(clipText('abc', 5)).toBe('abc');
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('ab😀', 4)).toBe('ab😀');
    expect(refusedText(clipText('😀'.repeat(50), 63))).toBeNull();
  });
});
