import { render } from 'preact';
import { resolveLang, applyLanguage } from '../i18n/lang';
import { loadOptions } from '../platform/options-storage';
import { uiLanguage } from '../platform/ui-language';
import { OptionsForm } from './OptionsForm';

const options = await loadOptions();
await applyLanguage(resolveLang(options.language, uiLanguage()));
render(<OptionsForm initial={options} />, document.getElementById('app')!);
