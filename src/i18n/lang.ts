// The language the UI and explanations use. English until the languages issue lands the others.
import type { Lang } from '../kb/types';

export function currentLang(): Lang {
  return 'en';
}
