/**
 * Finds an Arabic speech-synthesis voice, if the browser has one. Voices differ by system and often
 * arrive late (the `voiceschanged` event), so the answer can change after the first render.
 */
import { useEffect, useState } from 'react';

export type VoiceState = { status: 'unsupported' } | { status: 'none' } | { status: 'ready'; voice: SpeechSynthesisVoice };

function findVoice(): VoiceState {
  if (typeof speechSynthesis === 'undefined') return { status: 'unsupported' };
  const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('ar'));
  return voice ? { status: 'ready', voice } : { status: 'none' };
}

export function useArabicVoice(): VoiceState {
  const [state, setState] = useState<VoiceState>(findVoice);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setState(findVoice());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return state;
}

/** Speaks vocalised Arabic with the given voice (vocalised text is pronounced far more reliably). */
export function speak(text: string, voice: SpeechSynthesisVoice) {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.85;
  speechSynthesis.speak(utterance);
}
