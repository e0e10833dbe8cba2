// Message lookup with `{n}` placeholders. Missing keys fall back to English.
import { en, type MessageKey, type Messages } from './en';

let table: Messages = en;

export function setMessages(m: Partial<Messages>): void {
  table = { ...en, ...m };
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  // An unknown key (a fact value with no label yet) shows as itself rather than crashing a view.
  const s: string = table[key] ?? en[key] ?? key;
  return subs.length ? s.replace(/\{(\d)\}/g, (_, i: string) => String(subs[Number(i)] ?? '')) : s;
}
