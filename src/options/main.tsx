import { render } from 'preact';
import { fr } from '../i18n/fr';
import { id } from '../i18n/id';
import { resolveLang, setLanguage } from '../i18n/lang';
import { vi } from '../i18n/vi';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { OptionsForm } from './OptionsForm';

// Every language's strings are in this page's own chunk: no second fetch after the options read,
// and no dynamic import (the loader for one would be a module shared with the popup, which
// vite.config.ts keeps in a single file of its own).
const MESSAGES = { en: {}, fr, id, vi };

const options = await loadOptions();
const lang = resolveLang(options.language, uiLanguage());
setLanguage(lang, MESSAGES[lang]);
render(<OptionsForm initial={options} />, document.getElementById('app')!);
