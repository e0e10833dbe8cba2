import { render } from 'preact';
import { applyBundledLanguage } from '../i18n/bundled-language';
import { OptionsForm } from './OptionsForm';

const options = await applyBundledLanguage();
render(<OptionsForm initial={options} />, document.getElementById('app')!);
