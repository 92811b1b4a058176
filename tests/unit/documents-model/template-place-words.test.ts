import { describe, expect, it } from 'vitest';
import { templatePlaceText, type Say } from '../../../shared/documents/template-problem-words.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';

const sayIn =
  (language: MessageLanguage): Say =>
  (key, params) =>
    messageText(language, key, params);

describe('where a template problem sits, in the reader’s language', () => {
  it('separates the steps with the Arabic comma in Arabic, a comma in English', () => {
    const template = { blocks: [{ kind: 'paragraph', runs: [{ text: 'x' }] }] };
    const path = ['blocks', 0, 'runs', 0, 'text'];
    const arabic = templatePlaceText(sayIn('ar'), 'ar', path, 3, template);
    expect(arabic.split('، ')).toHaveLength(3);
    expect(arabic).not.toContain(', ');
    expect(templatePlaceText(sayIn('en'), 'en', path, 3, template).split(', ')).toHaveLength(3);
  });
});
