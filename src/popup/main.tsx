import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage().split('-')[0] ?? 'en';
render(<App />, document.getElementById('app')!);
