import { describe, expect, it } from 'vitest';
import { decideSpeech, type SpeechContent, type SpeechDecision } from './speech-policy';

describe('speech policy', () => {
  const table: [SpeechContent, boolean, SpeechDecision][] = [
    ['public', false, { action: 'speak' }],
    ['public', true, { action: 'speak' }],
    ['personal', true, { action: 'speak' }],
    ['personal', false, { action: 'refuse', reason: 'personal-needs-headphones' }],
    ['masked-pin-digit', false, { action: 'tone', tone: 'key-accepted' }],
    ['masked-pin-digit', true, { action: 'tone', tone: 'key-accepted' }],
  ];

  it.each(table)('given %s content and headphones plugged in = %s, then the decision is %j', (content, isPluggedIn, decision) => {
    expect(decideSpeech(content, isPluggedIn)).toEqual(decision);
  });
});
