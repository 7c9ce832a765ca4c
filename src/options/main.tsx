import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { Options } from './Options';

document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
document.title = t('optionsTitle');
render(<Options welcome={new URLSearchParams(location.search).has('welcome')} />, document.getElementById('app')!);
