import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
document.title = t('popupTitle');
render(<App />, document.getElementById('app')!);
